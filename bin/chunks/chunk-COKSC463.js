import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);

// src/model/types.ts
var TLS_PROTOCOLS = ["SSLv2", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];
function socketKey(listener) {
  if (listener.unixPath !== void 0) return `unix:${listener.unixPath}`;
  const wildcard = listener.address === null || listener.address === "*" || listener.address === "0.0.0.0";
  return `${listener.quic ? "udp" : "tcp"} ${wildcard ? "*" : listener.address}:${listener.port}`;
}
function realServerNames(endpoint) {
  return endpoint.serverNames.filter(isRealServerName);
}
function isRealServerName(name) {
  return name !== "" && name !== "_" && name !== '""' && name !== "''";
}
function isTlsEndpoint(endpoint) {
  if (endpoint.rejectsHandshake) return false;
  for (const listener of endpoint.listeners) if (listener.tls) return true;
  return false;
}
function mayServeTls(endpoint) {
  return isTlsEndpoint(endpoint) || endpoint.listeners.length === 0 && endpoint.application === "http" && !endpoint.rejectsHandshake;
}
function tlsEndpoints(model) {
  return endpointListsOf(model).tls;
}
function otherEndpoints(model) {
  return endpointListsOf(model).other;
}
function mayServeTlsEndpoints(model) {
  return endpointListsOf(model).mayServeTls;
}
var endpointListsByModel = /* @__PURE__ */ new WeakMap();
function endpointListsOf(model) {
  let lists = endpointListsByModel.get(model);
  if (!lists || lists.of !== model.endpoints) {
    const tls = [];
    const may = [];
    const other = [];
    for (const endpoint of model.endpoints) {
      if (isTlsEndpoint(endpoint)) {
        tls.push(endpoint);
        may.push(endpoint);
        continue;
      }
      other.push(endpoint);
      if (mayServeTls(endpoint)) may.push(endpoint);
    }
    lists = { of: model.endpoints, tls, mayServeTls: may.length === tls.length ? tls : may, other };
    endpointListsByModel.set(model, lists);
  }
  return lists;
}
function defaultServers(endpoints) {
  const marked = /* @__PURE__ */ new Map();
  const first = /* @__PURE__ */ new Map();
  for (const endpoint of endpoints) {
    for (const listener of endpoint.listeners) {
      const key = socketKey(listener);
      if (listener.defaultServer && !marked.has(key)) marked.set(key, endpoint);
      if (!first.has(key)) first.set(key, endpoint);
    }
  }
  for (const [key, endpoint] of marked) first.set(key, endpoint);
  return first;
}

export {
  TLS_PROTOCOLS,
  socketKey,
  realServerNames,
  isRealServerName,
  isTlsEndpoint,
  tlsEndpoints,
  otherEndpoints,
  mayServeTlsEndpoints,
  defaultServers
};
