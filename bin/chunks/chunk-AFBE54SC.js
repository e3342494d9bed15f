import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);

// src/dialects/apache/scan.ts
var LF = 10;
var CR = 13;
var BACKSLASH = 92;
function isBlank(code) {
  return code === 32 || code === 9 || code === CR || code === 11 || code === 12;
}
function continuationAt(text, offset) {
  if (text.charCodeAt(offset) !== BACKSLASH) return 0;
  const next = text.charCodeAt(offset + 1);
  if (next === LF) return 2;
  return next === CR && text.charCodeAt(offset + 2) === LF ? 3 : 0;
}
function logicalLineEnd(text, offset) {
  let index = offset;
  for (; ; ) {
    const newline = text.indexOf("\n", index);
    if (newline === -1) return text.length;
    const before = text.charCodeAt(newline - 1) === CR ? newline - 2 : newline - 1;
    if (before < index || text.charCodeAt(before) !== BACKSLASH) return newline;
    index = newline + 1;
  }
}
function lastGreaterThan(text, start, end) {
  let lastGt = end - 1;
  while (lastGt >= start && text.charCodeAt(lastGt) !== 62) lastGt--;
  return lastGt >= start ? lastGt : -1;
}
function tagLength(text, offset, closing) {
  if (text.charCodeAt(offset) !== 60) return 0;
  const slash = text.charCodeAt(offset + 1) === 47;
  if (slash !== closing) return 0;
  let index = offset + (closing ? 2 : 1);
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code > 32 && code !== 62 && code !== BACKSLASH) {
      index++;
      continue;
    }
    if (code === LF || isBlank(code) || code === 62 || continuationAt(text, index)) break;
    index++;
  }
  return !closing && index === offset + 1 ? 0 : index - offset;
}
function quotedWordEnd(text, offset, limit) {
  const quote = text.charCodeAt(offset);
  let index = offset + 1;
  while (index < limit) {
    const code = text.charCodeAt(index);
    if (code === quote) return (index + 1) * 2 + 1;
    if (code === LF) break;
    if (code === BACKSLASH) {
      const continuation = continuationAt(text, index);
      if (continuation) index += continuation;
      else index += text.charCodeAt(index + 1) === quote && index + 1 < limit ? 2 : 1;
    } else index++;
  }
  const end = Math.min(index, limit);
  let trimmed = end;
  while (trimmed > offset + 1 && isBlank(text.charCodeAt(trimmed - 1))) trimmed--;
  return trimmed * 2;
}
function bareWordEnd(text, offset, limit) {
  let index = offset;
  while (index < limit) {
    const code = text.charCodeAt(index);
    if (code > 32 && code !== BACKSLASH) {
      index++;
      continue;
    }
    if (code === LF || isBlank(code)) break;
    if (code === BACKSLASH) {
      const continuation = continuationAt(text, index);
      if (continuation) {
        index += continuation;
        continue;
      }
    }
    index++;
  }
  let end = Math.min(index, limit);
  while (end > offset) {
    if (text.charCodeAt(end - 1) === LF && text.charCodeAt(end - 2) === BACKSLASH) end -= 2;
    else if (text.charCodeAt(end - 1) === LF && text.charCodeAt(end - 2) === CR && text.charCodeAt(end - 3) === BACKSLASH) end -= 3;
    else break;
  }
  return end;
}
function whitespaceLength(text, offset) {
  let index = offset;
  for (; ; ) {
    const code = text.charCodeAt(index);
    if (isBlank(code)) index++;
    else if (code === BACKSLASH && text.charCodeAt(index + 1) === LF) index += 2;
    else if (code === BACKSLASH && text.charCodeAt(index + 1) === CR && text.charCodeAt(index + 2) === LF) index += 3;
    else return index - offset;
  }
}

export {
  isBlank,
  logicalLineEnd,
  lastGreaterThan,
  tagLength,
  quotedWordEnd,
  bareWordEnd,
  whitespaceLength
};
