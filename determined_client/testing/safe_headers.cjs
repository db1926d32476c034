// Loaded into Prism with `node --require` (see _prism.py). Prism puts what it found wrong
// with a request into its `sl-violations` header, quoting the request: a map key or query
// value outside Latin-1 makes Node refuse the header ("Invalid character in header
// content") and the whole mock process dies. Here every character outside printable ASCII
// in a header value is written as a JSON \uXXXX escape instead, which a JSON header such as
// sl-violations decodes back to the same text; headers are otherwise unchanged.
"use strict";
const http = require("http");

const UNSAFE = /[^\t\x20-\x7e]/g;
const escape = (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0");
const clean = (value) => (typeof value === "string" ? value.replace(UNSAFE, escape) : value);
const cleanAll = (value) => (Array.isArray(value) ? value.map(clean) : clean(value));

const setHeader = http.ServerResponse.prototype.setHeader;
http.ServerResponse.prototype.setHeader = function (name, value) {
  return setHeader.call(this, name, cleanAll(value));
};

const writeHead = http.ServerResponse.prototype.writeHead;
http.ServerResponse.prototype.writeHead = function (status, ...rest) {
  const headers = rest[rest.length - 1];
  if (headers && typeof headers === "object" && !Array.isArray(headers)) {
    for (const name of Object.keys(headers)) headers[name] = cleanAll(headers[name]);
  }
  return writeHead.call(this, status, ...rest);
};
