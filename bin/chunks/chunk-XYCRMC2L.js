import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  versionAtLeast
} from "./chunk-E7OSVBOX.js";

// src/dialects/apache/detect.ts
import { basename } from "node:path";

// src/dialects/apache/versions.ts
var APACHE_DEFAULT_VERSION = "2.4.66";
function defaultProtocolWords(version) {
  return versionAtLeast(version, "2.4.17") ? ["all", "-SSLv3"] : ["all"];
}
function appendsNullExclusions(version) {
  return versionAtLeast(version, "2.4.17");
}
function prependsNullExclusions(version) {
  return versionAtLeast(version, "2.4.7");
}

// src/dialects/apache/detect.ts
var CONFIG_DIRS = /(^|\/)(apache2?|httpd)\/(sites-[^/]+|conf-[^/]+|conf\.d|conf\.modules\.d|mods-[^/]+|conf)\/[^/]+$/;
function isApacheConfigPath(path) {
  const normal = path.replaceAll("\\", "/");
  const name = basename(normal);
  if (name === "apache2.conf" || name === "httpd.conf" || name === ".htaccess") return true;
  if (name.startsWith(".") || !CONFIG_DIRS.test(normal)) return false;
  return /\/sites-[^/]+\/[^/]+$/.test(normal) || name.endsWith(".conf") || name.endsWith(".load");
}
var apacheFinder = {
  id: "apache",
  defaultServerVersion: APACHE_DEFAULT_VERSION,
  mainFileNames: ["apache2.conf", "httpd.conf"],
  detect: isApacheConfigPath
};

// src/tls/mozilla-guidelines.data.ts
var MOZILLA_GUIDELINES = {
  "5.1": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "secp256r1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "secp256r1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.2": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "secp256r1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "secp256r1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.3": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.4": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.5": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.6": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.7": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.8": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 31.3.0",
        "Android 4.4.2",
        "Chrome 49",
        "Edge 15 on Windows 10",
        "IE 11 on Windows 10",
        "Java 8u161",
        "OpenSSL 1.0.1l",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "6.0": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 31.3.0",
        "Android 4.4.2",
        "Chrome 49",
        "Edge 15 on Windows 10",
        "IE 11 on Windows 10",
        "Java 8u161",
        "OpenSSL 1.0.1l",
        "Opera 20",
        "Safari 9"
      ]
    }
  }
};

// src/tls/mozilla-profiles.ts
var PROFILE_NAMES = ["modern", "intermediate", "old"];
var LATEST_GUIDELINES = "6.0";
var GUIDELINE_VERSIONS = Object.keys(MOZILLA_GUIDELINES);
function getProfile(name, version = LATEST_GUIDELINES) {
  const guidelines = version in MOZILLA_GUIDELINES ? version : void 0;
  if (!guidelines) throw new RangeError(`Unknown Mozilla guidelines version "${version}"; known: ${GUIDELINE_VERSIONS.join(", ")}`);
  const configs = MOZILLA_GUIDELINES[guidelines];
  const raw = configs[name];
  if (!raw) {
    if (name === "old" && version === LATEST_GUIDELINES) return getProfile("old", "5.8");
    throw new RangeError(`Mozilla guidelines ${version} have no "${name}" profile`);
  }
  return {
    name,
    guidelines,
    tlsVersions: [...raw.tls_versions],
    opensslCiphers: [...raw.ciphers.openssl],
    ianaCiphers: [...raw.ciphers.iana],
    ciphersuites: [...raw.ciphersuites],
    tlsCurves: [...raw.tls_curves],
    hstsMinAge: raw.hsts_min_age,
    dhParamSize: raw.dh_param_size,
    ecdhParamSize: raw.ecdh_param_size,
    rsaKeySize: raw.rsa_key_size,
    ocspStaple: raw.ocsp_staple,
    serverPreferredOrder: raw.server_preferred_order,
    certificateTypes: [...raw.certificate_types],
    maximumCertificateLifespan: raw.maximum_certificate_lifespan
  };
}
function profileCipherString(profile) {
  return profile.opensslCiphers.join(":");
}

export {
  APACHE_DEFAULT_VERSION,
  defaultProtocolWords,
  appendsNullExclusions,
  prependsNullExclusions,
  isApacheConfigPath,
  apacheFinder,
  PROFILE_NAMES,
  LATEST_GUIDELINES,
  GUIDELINE_VERSIONS,
  getProfile,
  profileCipherString
};
