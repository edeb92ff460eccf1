import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 785:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// This is an empty module that is served up when outside of a workerd environment
// See the `exports` field in package.json
exports["default"] = {};
//# sourceMappingURL=empty.js.map

/***/ }),

/***/ 26122:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



//Parse method copied from https://github.com/brianc/node-postgres
//Copyright (c) 2010-2014 Brian Carlson (brian.m.carlson@gmail.com)
//MIT License

//parses a connection string
function parse(str, options = {}) {
  //unix socket
  if (str.charAt(0) === '/') {
    const config = str.split(' ')
    return { host: config[0], database: config[1] }
  }

  // Check for empty host in URL

  const config = Object.create(null)
  let result
  let dummyHost = false
  if (/ |%[^a-f0-9]|%[a-f0-9][^a-f0-9]/i.test(str)) {
    // Ensure spaces are encoded as %20
    str = encodeURI(str).replace(/%25(\d\d)/g, '%$1')
  }

  try {
    try {
      result = new URL(str, 'postgres://base')
    } catch (e) {
      // The URL is invalid so try again with a dummy host
      result = new URL(str.replace('@/', '@___DUMMY___/'), 'postgres://base')
      dummyHost = true
    }
  } catch (err) {
    // Remove the input from the error message to avoid leaking sensitive information
    err.input && (err.input = '*****REDACTED*****')
    throw err
  }

  // We'd like to use Object.fromEntries() here but Node.js 10 does not support it
  for (const entry of result.searchParams.entries()) {
    config[entry[0]] = entry[1]
  }

  config.user = config.user || decodeURIComponent(result.username)
  config.password = config.password || decodeURIComponent(result.password)

  if (result.protocol == 'socket:') {
    config.host = decodeURI(result.pathname)
    config.database = result.searchParams.get('db')
    config.client_encoding = result.searchParams.get('encoding')
    return config
  }
  const hostname = (dummyHost ? '' : result.hostname).replace(/^\[(.+)\]$/, '$1')
  if (!config.host) {
    // Only set the host if there is no equivalent query param.
    config.host = decodeURIComponent(hostname)
  } else if (hostname && /^%2f/i.test(hostname)) {
    // Only prepend the hostname to the pathname if it is not a URL encoded Unix socket host.
    result.pathname = hostname + result.pathname
  }
  if (!config.port) {
    // Only set the port if there is no equivalent query param.
    config.port = result.port
  }

  const pathname = result.pathname.slice(1) || null
  config.database = pathname ? decodeURI(pathname) : null

  if (config.ssl === 'true' || config.ssl === '1') {
    config.ssl = true
  }

  if (config.ssl === '0') {
    config.ssl = false
  }

  if (config.sslcert || config.sslkey || config.sslrootcert || config.sslmode) {
    config.ssl = {}
  }

  // sslnegotiation=direct implies SSL is in use (libpq requires sslmode>=require),
  // so enable SSL if the connection string did not otherwise configure it.
  if (config.sslnegotiation === 'direct' && config.ssl === undefined) {
    config.ssl = true
  }

  // Only try to load fs if we expect to read from the disk
  const fs = config.sslcert || config.sslkey || config.sslrootcert ? __nccwpck_require__(79896) : null

  if (config.sslcert) {
    config.ssl.cert = fs.readFileSync(config.sslcert).toString()
  }

  if (config.sslkey) {
    config.ssl.key = fs.readFileSync(config.sslkey).toString()
  }

  if (config.sslrootcert) {
    config.ssl.ca = fs.readFileSync(config.sslrootcert).toString()
  }

  if (options.useLibpqCompat && config.uselibpqcompat) {
    throw new Error('Both useLibpqCompat and uselibpqcompat are set. Please use only one of them.')
  }

  if (config.uselibpqcompat === 'true' || options.useLibpqCompat) {
    switch (config.sslmode) {
      case 'disable': {
        config.ssl = false
        break
      }
      case 'prefer': {
        config.ssl.rejectUnauthorized = false
        break
      }
      case 'require': {
        if (config.sslrootcert) {
          // If a root CA is specified, behavior of `sslmode=require` will be the same as that of `verify-ca`
          config.ssl.checkServerIdentity = function () {}
        } else {
          config.ssl.rejectUnauthorized = false
        }
        break
      }
      case 'verify-ca': {
        if (!config.ssl.ca) {
          throw new Error(
            'SECURITY WARNING: Using sslmode=verify-ca requires specifying a CA with sslrootcert. If a public CA is used, verify-ca allows connections to a server that somebody else may have registered with the CA, making you vulnerable to Man-in-the-Middle attacks. Either specify a custom CA certificate with sslrootcert parameter or use sslmode=verify-full for proper security.'
          )
        }
        config.ssl.checkServerIdentity = function () {}
        break
      }
      case 'verify-full': {
        break
      }
    }
  } else {
    switch (config.sslmode) {
      case 'disable': {
        config.ssl = false
        break
      }
      case 'prefer':
      case 'require':
      case 'verify-ca':
      case 'verify-full': {
        if (config.sslmode !== 'verify-full') {
          deprecatedSslModeWarning(config.sslmode)
        }
        break
      }
      case 'no-verify': {
        config.ssl.rejectUnauthorized = false
        break
      }
    }
  }

  return config
}

// convert pg-connection-string ssl config to a ClientConfig.ConnectionOptions
function toConnectionOptions(sslConfig) {
  const connectionOptions = Object.entries(sslConfig).reduce((c, [key, value]) => {
    // we explicitly check for undefined and null instead of `if (value)` because some
    // options accept falsy values. Example: `ssl.rejectUnauthorized = false`
    if (value !== undefined && value !== null) {
      c[key] = value
    }

    return c
  }, Object.create(null))

  return connectionOptions
}

// convert pg-connection-string config to a ClientConfig
function toClientConfig(config) {
  const poolConfig = Object.entries(config).reduce((c, [key, value]) => {
    if (key === 'ssl') {
      const sslConfig = value

      if (typeof sslConfig === 'boolean') {
        c[key] = sslConfig
      }

      if (typeof sslConfig === 'object') {
        c[key] = toConnectionOptions(sslConfig)
      }
    } else if (value !== undefined && value !== null) {
      if (key === 'port') {
        // when port is not specified, it is converted into an empty string
        // we want to avoid NaN or empty string as a values in ClientConfig
        if (value !== '') {
          const v = parseInt(value, 10)
          if (isNaN(v)) {
            throw new Error(`Invalid ${key}: ${value}`)
          }

          c[key] = v
        }
      } else {
        c[key] = value
      }
    }

    return c
  }, Object.create(null))

  return poolConfig
}

// parses a connection string into ClientConfig
function parseIntoClientConfig(str) {
  return toClientConfig(parse(str))
}

function deprecatedSslModeWarning(sslmode) {
  if (!deprecatedSslModeWarning.warned && typeof process !== 'undefined' && process.emitWarning) {
    deprecatedSslModeWarning.warned = true
    process.emitWarning(`SECURITY WARNING: The SSL modes 'prefer', 'require', and 'verify-ca' are treated as aliases for 'verify-full'.
In the next major version (pg-connection-string v3.0.0 and pg v9.0.0), these modes will adopt standard libpq semantics, which have weaker security guarantees.

To prepare for this change:
- If you want the current behavior, explicitly use 'sslmode=verify-full'
- If you want libpq compatibility now, use 'uselibpqcompat=true&sslmode=${sslmode}'

See https://www.postgresql.org/docs/current/libpq-ssl.html for libpq SSL mode definitions.`)
  }
}

module.exports = parse

parse.parse = parse
parse.toClientConfig = toClientConfig
parse.parseIntoClientConfig = parseIntoClientConfig


/***/ }),

/***/ 62299:
/***/ ((module) => {



// selected so (BASE - 1) * 0x100000000 + 0xffffffff is a safe integer
var BASE = 1000000;

function readInt8(buffer) {
	var high = buffer.readInt32BE(0);
	var low = buffer.readUInt32BE(4);
	var sign = '';

	if (high < 0) {
		high = ~high + (low === 0);
		low = (~low + 1) >>> 0;
		sign = '-';
	}

	var result = '';
	var carry;
	var t;
	var digits;
	var pad;
	var l;
	var i;

	{
		carry = high % BASE;
		high = high / BASE >>> 0;

		t = 0x100000000 * carry + low;
		low = t / BASE >>> 0;
		digits = '' + (t - BASE * low);

		if (low === 0 && high === 0) {
			return sign + digits + result;
		}

		pad = '';
		l = 6 - digits.length;

		for (i = 0; i < l; i++) {
			pad += '0';
		}

		result = pad + digits + result;
	}

	{
		carry = high % BASE;
		high = high / BASE >>> 0;

		t = 0x100000000 * carry + low;
		low = t / BASE >>> 0;
		digits = '' + (t - BASE * low);

		if (low === 0 && high === 0) {
			return sign + digits + result;
		}

		pad = '';
		l = 6 - digits.length;

		for (i = 0; i < l; i++) {
			pad += '0';
		}

		result = pad + digits + result;
	}

	{
		carry = high % BASE;
		high = high / BASE >>> 0;

		t = 0x100000000 * carry + low;
		low = t / BASE >>> 0;
		digits = '' + (t - BASE * low);

		if (low === 0 && high === 0) {
			return sign + digits + result;
		}

		pad = '';
		l = 6 - digits.length;

		for (i = 0; i < l; i++) {
			pad += '0';
		}

		result = pad + digits + result;
	}

	{
		carry = high % BASE;
		t = 0x100000000 * carry + low;
		digits = '' + t % BASE;

		return sign + digits + result;
	}
}

module.exports = readInt8;


/***/ }),

/***/ 17558:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const EventEmitter = (__nccwpck_require__(24434).EventEmitter)

const NOOP = function () {}

const removeWhere = (list, predicate) => {
  const i = list.findIndex(predicate)

  return i === -1 ? undefined : list.splice(i, 1)[0]
}

class IdleItem {
  constructor(client, idleListener, timeoutId) {
    this.client = client
    this.idleListener = idleListener
    this.timeoutId = timeoutId
  }
}

class PendingItem {
  constructor(callback) {
    this.callback = callback
  }
}

function throwOnDoubleRelease() {
  throw new Error('Release called on client which has already been released to the pool.')
}

function promisify(Promise, callback) {
  if (callback) {
    return { callback: callback, result: undefined }
  }
  let rej
  let res
  const cb = function (err, client) {
    err ? rej(err) : res(client)
  }
  const result = new Promise(function (resolve, reject) {
    res = resolve
    rej = reject
  }).catch((err) => {
    // replace the stack trace that leads to `TCP.onStreamRead` with one that leads back to the
    // application that created the query
    Error.captureStackTrace(err)
    throw err
  })
  return { callback: cb, result: result }
}

function makeIdleListener(pool, client) {
  return function idleListener(err) {
    err.client = client

    client.removeListener('error', idleListener)
    client.on('error', () => {
      pool.log('additional client error after disconnection due to error', err)
    })
    pool._remove(client)
    // TODO - document that once the pool emits an error
    // the client has already been closed & purged and is unusable
    pool.emit('error', err, client)
  }
}

class Pool extends EventEmitter {
  constructor(options, Client) {
    super()
    this.options = Object.assign({}, options)

    if (options != null && 'password' in options) {
      // "hiding" the password so it doesn't show up in stack traces
      // or if the client is console.logged
      Object.defineProperty(this.options, 'password', {
        configurable: true,
        enumerable: false,
        writable: true,
        value: options.password,
      })
    }
    if (options != null && options.ssl && options.ssl.key) {
      // "hiding" the ssl->key so it doesn't show up in stack traces
      // or if the client is console.logged
      Object.defineProperty(this.options.ssl, 'key', {
        enumerable: false,
      })
    }

    this.options.max = this.options.max || this.options.poolSize || 10
    this.options.min = this.options.min || 0
    this.options.maxUses = this.options.maxUses || Infinity
    this.options.allowExitOnIdle = this.options.allowExitOnIdle || false
    this.options.maxLifetimeSeconds = this.options.maxLifetimeSeconds || 0
    this.log = this.options.log || function () {}
    this.Client = this.options.Client || Client || (__nccwpck_require__(13273).Client)
    this.Promise = this.options.Promise || global.Promise

    if (typeof this.options.idleTimeoutMillis === 'undefined') {
      this.options.idleTimeoutMillis = 10000
    }

    this._clients = []
    this._idle = []
    this._expired = new WeakSet()
    this._pendingQueue = []
    this._endCallback = undefined
    this.ending = false
    this.ended = false
  }

  _promiseTry(f) {
    const Promise = this.Promise
    if (typeof Promise.try === 'function') {
      return Promise.try(f)
    }
    return new Promise((resolve) => resolve(f()))
  }

  _isFull() {
    return this._clients.length >= this.options.max
  }

  _isAboveMin() {
    return this._clients.length > this.options.min
  }

  _pulseQueue() {
    this.log('pulse queue')
    if (this.ended) {
      this.log('pulse queue ended')
      return
    }
    if (this.ending) {
      this.log('pulse queue on ending')
      if (this._idle.length) {
        this._idle.slice().map((item) => {
          this._remove(item.client)
        })
      }
      if (!this._clients.length) {
        this.ended = true
        this._endCallback()
      }
      return
    }

    // if we don't have any waiting, do nothing
    if (!this._pendingQueue.length) {
      this.log('no queued requests')
      return
    }
    // if we don't have any idle clients and we have no more room do nothing
    if (!this._idle.length && this._isFull()) {
      return
    }
    const pendingItem = this._pendingQueue.shift()
    if (this._idle.length) {
      const idleItem = this._idle.pop()
      clearTimeout(idleItem.timeoutId)
      const client = idleItem.client
      client.ref && client.ref()
      const idleListener = idleItem.idleListener

      return this._acquireClient(client, pendingItem, idleListener, false)
    }
    if (!this._isFull()) {
      return this.newClient(pendingItem)
    }
    throw new Error('unexpected condition')
  }

  _remove(client, callback) {
    const removed = removeWhere(this._idle, (item) => item.client === client)

    if (removed !== undefined) {
      clearTimeout(removed.timeoutId)
    }

    this._clients = this._clients.filter((c) => c !== client)
    const context = this
    client.end(() => {
      context.emit('remove', client)

      if (typeof callback === 'function') {
        callback()
      }
    })
  }

  connect(cb) {
    if (this.ending) {
      const err = new Error('Cannot use a pool after calling end on the pool')
      return cb ? cb(err) : this.Promise.reject(err)
    }

    const response = promisify(this.Promise, cb)
    const result = response.result

    // if we don't have to connect a new client, don't do so
    if (this._isFull() || this._idle.length) {
      // if we have idle clients schedule a pulse immediately
      if (this._idle.length) {
        process.nextTick(() => this._pulseQueue())
      }

      if (!this.options.connectionTimeoutMillis) {
        this._pendingQueue.push(new PendingItem(response.callback))
        return result
      }

      const queueCallback = (err, res, done) => {
        clearTimeout(tid)
        response.callback(err, res, done)
      }

      const pendingItem = new PendingItem(queueCallback)

      // set connection timeout on checking out an existing client
      const tid = setTimeout(() => {
        // remove the callback from pending waiters because
        // we're going to call it with a timeout error
        removeWhere(this._pendingQueue, (i) => i.callback === queueCallback)
        pendingItem.timedOut = true
        response.callback(new Error('timeout exceeded when trying to connect'))
      }, this.options.connectionTimeoutMillis)

      if (tid.unref) {
        tid.unref()
      }

      this._pendingQueue.push(pendingItem)
      return result
    }

    this.newClient(new PendingItem(response.callback))

    return result
  }

  newClient(pendingItem) {
    const client = new this.Client(this.options)
    this._clients.push(client)
    const idleListener = makeIdleListener(this, client)

    this.log('checking client timeout')

    // connection timeout logic
    let tid
    let timeoutHit = false
    if (this.options.connectionTimeoutMillis) {
      tid = setTimeout(() => {
        if (client.connection) {
          this.log('ending client due to timeout')
          timeoutHit = true
          client.connection.stream.destroy()
        } else if (!client.isConnected()) {
          this.log('ending client due to timeout')
          timeoutHit = true
          // force kill the node driver, and let libpq do its teardown
          client.end()
        }
      }, this.options.connectionTimeoutMillis)
    }

    this.log('connecting new client')
    client.connect((err) => {
      if (tid) {
        clearTimeout(tid)
      }
      client.on('error', idleListener)
      if (err) {
        this.log('client failed to connect', err)
        // remove the dead client from our list of clients
        this._clients = this._clients.filter((c) => c !== client)
        if (timeoutHit) {
          err = new Error('Connection terminated due to connection timeout', { cause: err })
        }

        // this client won’t be released, so move on immediately
        this._pulseQueue()

        if (!pendingItem.timedOut) {
          pendingItem.callback(err, undefined, NOOP)
        }
      } else {
        this.log('new client connected')

        if (this.options.onConnect) {
          this._promiseTry(() => this.options.onConnect(client)).then(
            () => {
              this._afterConnect(client, pendingItem, idleListener)
            },
            (hookErr) => {
              this._clients = this._clients.filter((c) => c !== client)
              client.end(() => {
                this._pulseQueue()
                if (!pendingItem.timedOut) {
                  pendingItem.callback(hookErr, undefined, NOOP)
                }
              })
            }
          )
          return
        }

        return this._afterConnect(client, pendingItem, idleListener)
      }
    })
  }

  _afterConnect(client, pendingItem, idleListener) {
    if (this.options.maxLifetimeSeconds !== 0) {
      const maxLifetimeTimeout = setTimeout(() => {
        this.log('ending client due to expired lifetime')
        this._expired.add(client)
        const idleIndex = this._idle.findIndex((idleItem) => idleItem.client === client)
        if (idleIndex !== -1) {
          this._acquireClient(
            client,
            new PendingItem((err, client, clientRelease) => clientRelease()),
            idleListener,
            false
          )
        }
      }, this.options.maxLifetimeSeconds * 1000)

      maxLifetimeTimeout.unref()
      client.once('end', () => clearTimeout(maxLifetimeTimeout))
    }

    return this._acquireClient(client, pendingItem, idleListener, true)
  }

  // acquire a client for a pending work item
  _acquireClient(client, pendingItem, idleListener, isNew) {
    if (isNew) {
      this.emit('connect', client)
    }

    this.emit('acquire', client)

    client.release = this._releaseOnce(client, idleListener)

    client.removeListener('error', idleListener)

    if (!pendingItem.timedOut) {
      if (isNew && this.options.verify) {
        this.options.verify(client, (err) => {
          if (err) {
            client.release(err)
            return pendingItem.callback(err, undefined, NOOP)
          }

          pendingItem.callback(undefined, client, client.release)
        })
      } else {
        pendingItem.callback(undefined, client, client.release)
      }
    } else {
      if (isNew && this.options.verify) {
        this.options.verify(client, client.release)
      } else {
        client.release()
      }
    }
  }

  // returns a function that wraps _release and throws if called more than once
  _releaseOnce(client, idleListener) {
    let released = false

    return (err) => {
      if (released) {
        throwOnDoubleRelease()
      }

      released = true
      this._release(client, idleListener, err)
    }
  }

  // release a client back to the poll, include an error
  // to remove it from the pool
  _release(client, idleListener, err) {
    client.on('error', idleListener)

    client._poolUseCount = (client._poolUseCount || 0) + 1

    this.emit('release', err, client)

    // TODO(bmc): expose a proper, public interface _queryable and _ending
    if (err || this.ending || !client._queryable || client._ending || client._poolUseCount >= this.options.maxUses) {
      if (client._poolUseCount >= this.options.maxUses) {
        this.log('remove expended client')
      }

      return this._remove(client, this._pulseQueue.bind(this))
    }

    const isExpired = this._expired.has(client)
    if (isExpired) {
      this.log('remove expired client')
      this._expired.delete(client)
      return this._remove(client, this._pulseQueue.bind(this))
    }

    // idle timeout
    let tid
    if (this.options.idleTimeoutMillis && this._isAboveMin()) {
      tid = setTimeout(() => {
        if (this._isAboveMin()) {
          this.log('remove idle client')
          this._remove(client, this._pulseQueue.bind(this))
        }
      }, this.options.idleTimeoutMillis)

      if (this.options.allowExitOnIdle) {
        // allow Node to exit if this is all that's left
        tid.unref()
      }
    }

    if (this.options.allowExitOnIdle) {
      client.unref()
    }

    this._idle.push(new IdleItem(client, idleListener, tid))
    this._pulseQueue()
  }

  query(text, values, cb) {
    // guard clause against passing a function as the first parameter
    if (typeof text === 'function') {
      const response = promisify(this.Promise, text)
      setImmediate(function () {
        return response.callback(new Error('Passing a function as the first parameter to pool.query is not supported'))
      })
      return response.result
    }

    // allow plain text query without values, but callback
    if (typeof values === 'function') {
      cb = values
      values = undefined
    }
    const response = promisify(this.Promise, cb)
    cb = response.callback

    this.connect((err, client) => {
      if (err) {
        return cb(err)
      }

      let clientReleased = false
      const onError = (err) => {
        if (clientReleased) {
          return
        }
        clientReleased = true
        client.release(err)
        cb(err)
      }

      client.once('error', onError)
      this.log('dispatching query')
      try {
        client.query(text, values, (err, res) => {
          this.log('query dispatched')
          client.removeListener('error', onError)
          if (clientReleased) {
            return
          }
          clientReleased = true
          client.release(err)
          if (err) {
            return cb(err)
          }
          return cb(undefined, res)
        })
      } catch (err) {
        client.release(err)
        return cb(err)
      }
    })
    return response.result
  }

  end(cb) {
    this.log('ending')
    if (this.ending) {
      const err = new Error('Called end on pool more than once')
      return cb ? cb(err) : this.Promise.reject(err)
    }
    this.ending = true
    const promised = promisify(this.Promise, cb)
    this._endCallback = promised.callback
    this._pulseQueue()
    return promised.result
  }

  get waitingCount() {
    return this._pendingQueue.length
  }

  get idleCount() {
    return this._idle.length
  }

  get expiredCount() {
    return this._clients.reduce((acc, client) => acc + (this._expired.has(client) ? 1 : 0), 0)
  }

  get totalCount() {
    return this._clients.length
  }
}
module.exports = Pool


/***/ }),

/***/ 19971:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BufferReader = void 0;
class BufferReader {
    constructor(offset = 0) {
        this.offset = offset;
        this.buffer = Buffer.allocUnsafe(0);
        // TODO(bmc): support non-utf8 encoding?
        this.encoding = 'utf-8';
    }
    setBuffer(offset, buffer) {
        this.offset = offset;
        this.buffer = buffer;
    }
    int16() {
        const result = this.buffer.readInt16BE(this.offset);
        this.offset += 2;
        return result;
    }
    byte() {
        const result = this.buffer[this.offset];
        this.offset++;
        return result;
    }
    int32() {
        const result = this.buffer.readInt32BE(this.offset);
        this.offset += 4;
        return result;
    }
    uint32() {
        const result = this.buffer.readUInt32BE(this.offset);
        this.offset += 4;
        return result;
    }
    string(length) {
        const result = this.buffer.toString(this.encoding, this.offset, this.offset + length);
        this.offset += length;
        return result;
    }
    cstring() {
        const start = this.offset;
        let end = start;
        // eslint-disable-next-line no-empty
        while (this.buffer[end++]) { }
        this.offset = end;
        return this.buffer.toString(this.encoding, start, end - 1);
    }
    bytes(length) {
        const result = this.buffer.slice(this.offset, this.offset + length);
        this.offset += length;
        return result;
    }
}
exports.BufferReader = BufferReader;
//# sourceMappingURL=buffer-reader.js.map

/***/ }),

/***/ 49315:
/***/ ((__unused_webpack_module, exports) => {


//binary data writer tuned for encoding binary specific to the postgres binary protocol
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Writer = void 0;
class Writer {
    constructor(size = 256) {
        this.size = size;
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(size);
    }
    ensure(size) {
        const remaining = this.buffer.length - this.offset;
        if (remaining < size) {
            const oldBuffer = this.buffer;
            // exponential growth factor of around ~ 1.5
            // https://stackoverflow.com/questions/2269063/buffer-growth-strategy
            const newSize = oldBuffer.length + (oldBuffer.length >> 1) + size;
            this.buffer = Buffer.allocUnsafe(newSize);
            oldBuffer.copy(this.buffer, 0, 0, this.offset);
        }
    }
    addInt32(num) {
        this.ensure(4);
        this.buffer[this.offset++] = (num >>> 24) & 0xff;
        this.buffer[this.offset++] = (num >>> 16) & 0xff;
        this.buffer[this.offset++] = (num >>> 8) & 0xff;
        this.buffer[this.offset++] = (num >>> 0) & 0xff;
        return this;
    }
    addInt16(num) {
        this.ensure(2);
        this.buffer[this.offset++] = (num >>> 8) & 0xff;
        this.buffer[this.offset++] = (num >>> 0) & 0xff;
        return this;
    }
    addCString(string) {
        if (!string) {
            this.ensure(1);
        }
        else {
            const len = Buffer.byteLength(string);
            this.ensure(len + 1); // +1 for null terminator
            this.buffer.write(string, this.offset, 'utf-8');
            this.offset += len;
        }
        this.buffer[this.offset++] = 0; // null terminator
        return this;
    }
    addString(string = '') {
        const len = Buffer.byteLength(string);
        this.ensure(len);
        this.buffer.write(string, this.offset);
        this.offset += len;
        return this;
    }
    // Write an Int32 byte-length prefix immediately followed by the string's UTF-8
    // bytes. Postgres' Bind wire format prefixes every parameter with its length,
    // and doing it in one method computes Buffer.byteLength ONCE — the previous
    // `addInt32(Buffer.byteLength(s)).addString(s)` pairing scanned the string
    // three times (byteLength for the prefix, byteLength again inside addString,
    // then the encode), which is costly for large text parameters.
    addInt32PrefixedString(string) {
        const len = Buffer.byteLength(string);
        this.ensure(4 + len);
        const buffer = this.buffer;
        let offset = this.offset;
        buffer[offset++] = (len >>> 24) & 0xff;
        buffer[offset++] = (len >>> 16) & 0xff;
        buffer[offset++] = (len >>> 8) & 0xff;
        buffer[offset++] = (len >>> 0) & 0xff;
        buffer.write(string, offset, 'utf-8');
        this.offset = offset + len;
        return this;
    }
    add(otherBuffer) {
        this.ensure(otherBuffer.length);
        otherBuffer.copy(this.buffer, this.offset);
        this.offset += otherBuffer.length;
        return this;
    }
    /**
     * Appends an uninitialized block of {@link size} bytes to the buffer and returns its offset.
     */
    reserveUnsafe(size) {
        const offset = this.offset;
        this.ensure(size);
        this.offset += size;
        return offset;
    }
    join(code) {
        if (code) {
            this.buffer[this.headerPosition] = code;
            //length is everything in this packet minus the code
            const length = this.offset - (this.headerPosition + 1);
            this.buffer.writeInt32BE(length, this.headerPosition + 1);
        }
        return this.buffer.slice(code ? 0 : 5, this.offset);
    }
    flush(code) {
        const result = this.join(code);
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(this.size);
        return result;
    }
    clear() {
        this.offset = 5;
        this.headerPosition = 0;
    }
}
exports.Writer = Writer;
//# sourceMappingURL=buffer-writer.js.map

/***/ }),

/***/ 74233:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DatabaseError = exports.serialize = void 0;
exports.parse = parse;
const messages_1 = __nccwpck_require__(85809);
Object.defineProperty(exports, "DatabaseError", ({ enumerable: true, get: function () { return messages_1.DatabaseError; } }));
const serializer_1 = __nccwpck_require__(76513);
Object.defineProperty(exports, "serialize", ({ enumerable: true, get: function () { return serializer_1.serialize; } }));
const parser_1 = __nccwpck_require__(43318);
function parse(stream, callback) {
    const parser = new parser_1.Parser();
    stream.on('data', (buffer) => parser.parse(buffer, callback));
    return new Promise((resolve) => stream.on('end', () => resolve()));
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 85809:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NoticeMessage = exports.DataRowMessage = exports.CommandCompleteMessage = exports.ReadyForQueryMessage = exports.NotificationResponseMessage = exports.BackendKeyDataMessage = exports.AuthenticationMD5Password = exports.ParameterStatusMessage = exports.ParameterDescriptionMessage = exports.RowDescriptionMessage = exports.Field = exports.CopyResponse = exports.CopyDataMessage = exports.DatabaseError = exports.copyDone = exports.emptyQuery = exports.replicationStart = exports.portalSuspended = exports.noData = exports.closeComplete = exports.bindComplete = exports.parseComplete = void 0;
exports.parseComplete = {
    name: 'parseComplete',
    length: 5,
};
exports.bindComplete = {
    name: 'bindComplete',
    length: 5,
};
exports.closeComplete = {
    name: 'closeComplete',
    length: 5,
};
exports.noData = {
    name: 'noData',
    length: 5,
};
exports.portalSuspended = {
    name: 'portalSuspended',
    length: 5,
};
exports.replicationStart = {
    name: 'replicationStart',
    length: 4,
};
exports.emptyQuery = {
    name: 'emptyQuery',
    length: 4,
};
exports.copyDone = {
    name: 'copyDone',
    length: 4,
};
class DatabaseError extends Error {
    constructor(message, length, name) {
        super(message);
        this.length = length;
        this.name = name;
    }
}
exports.DatabaseError = DatabaseError;
class CopyDataMessage {
    constructor(length, chunk) {
        this.length = length;
        this.chunk = chunk;
        this.name = 'copyData';
    }
}
exports.CopyDataMessage = CopyDataMessage;
class CopyResponse {
    constructor(length, name, binary, columnCount) {
        this.length = length;
        this.name = name;
        this.binary = binary;
        this.columnTypes = new Array(columnCount);
    }
}
exports.CopyResponse = CopyResponse;
class Field {
    constructor(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, format) {
        this.name = name;
        this.tableID = tableID;
        this.columnID = columnID;
        this.dataTypeID = dataTypeID;
        this.dataTypeSize = dataTypeSize;
        this.dataTypeModifier = dataTypeModifier;
        this.format = format;
    }
}
exports.Field = Field;
class RowDescriptionMessage {
    constructor(length, fieldCount) {
        this.length = length;
        this.fieldCount = fieldCount;
        this.name = 'rowDescription';
        this.fields = new Array(this.fieldCount);
    }
}
exports.RowDescriptionMessage = RowDescriptionMessage;
class ParameterDescriptionMessage {
    constructor(length, parameterCount) {
        this.length = length;
        this.parameterCount = parameterCount;
        this.name = 'parameterDescription';
        this.dataTypeIDs = new Array(this.parameterCount);
    }
}
exports.ParameterDescriptionMessage = ParameterDescriptionMessage;
class ParameterStatusMessage {
    constructor(length, parameterName, parameterValue) {
        this.length = length;
        this.parameterName = parameterName;
        this.parameterValue = parameterValue;
        this.name = 'parameterStatus';
    }
}
exports.ParameterStatusMessage = ParameterStatusMessage;
class AuthenticationMD5Password {
    constructor(length, salt) {
        this.length = length;
        this.salt = salt;
        this.name = 'authenticationMD5Password';
    }
}
exports.AuthenticationMD5Password = AuthenticationMD5Password;
class BackendKeyDataMessage {
    constructor(length, processID, secretKey) {
        this.length = length;
        this.processID = processID;
        this.secretKey = secretKey;
        this.name = 'backendKeyData';
    }
}
exports.BackendKeyDataMessage = BackendKeyDataMessage;
class NotificationResponseMessage {
    constructor(length, processId, channel, payload) {
        this.length = length;
        this.processId = processId;
        this.channel = channel;
        this.payload = payload;
        this.name = 'notification';
    }
}
exports.NotificationResponseMessage = NotificationResponseMessage;
class ReadyForQueryMessage {
    constructor(length, status) {
        this.length = length;
        this.status = status;
        this.name = 'readyForQuery';
    }
}
exports.ReadyForQueryMessage = ReadyForQueryMessage;
class CommandCompleteMessage {
    constructor(length, text) {
        this.length = length;
        this.text = text;
        this.name = 'commandComplete';
    }
}
exports.CommandCompleteMessage = CommandCompleteMessage;
class DataRowMessage {
    constructor(length, fields) {
        this.length = length;
        this.fields = fields;
        this.name = 'dataRow';
        this.fieldCount = fields.length;
    }
}
exports.DataRowMessage = DataRowMessage;
class NoticeMessage {
    constructor(length, message) {
        this.length = length;
        this.message = message;
        this.name = 'notice';
    }
}
exports.NoticeMessage = NoticeMessage;
//# sourceMappingURL=messages.js.map

/***/ }),

/***/ 43318:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Parser = void 0;
const messages_1 = __nccwpck_require__(85809);
const buffer_reader_1 = __nccwpck_require__(19971);
// every message is prefixed with a single byte
const CODE_LENGTH = 1;
// every message has an int32 length which includes itself but does
// NOT include the code in the length
const LEN_LENGTH = 4;
const HEADER_LENGTH = CODE_LENGTH + LEN_LENGTH;
// A placeholder for a `BackendMessage`’s length value that will be set after construction.
const LATEINIT_LENGTH = -1;
const emptyBuffer = Buffer.allocUnsafe(0);
class Parser {
    constructor(opts) {
        this.buffer = emptyBuffer;
        this.bufferLength = 0;
        this.bufferOffset = 0;
        this.reader = new buffer_reader_1.BufferReader();
        if ((opts === null || opts === void 0 ? void 0 : opts.mode) === 'binary') {
            throw new Error('Binary mode not supported yet');
        }
        this.mode = (opts === null || opts === void 0 ? void 0 : opts.mode) || 'text';
    }
    parse(buffer, callback) {
        this.mergeBuffer(buffer);
        const bufferFullLength = this.bufferOffset + this.bufferLength;
        let offset = this.bufferOffset;
        while (offset + HEADER_LENGTH <= bufferFullLength) {
            // code is 1 byte long - it identifies the message type
            const code = this.buffer[offset];
            // length is 1 Uint32BE - it is the length of the message EXCLUDING the code
            const length = this.buffer.readUInt32BE(offset + CODE_LENGTH);
            const fullMessageLength = CODE_LENGTH + length;
            if (fullMessageLength + offset <= bufferFullLength) {
                const message = this.handlePacket(offset + HEADER_LENGTH, code, length, this.buffer);
                callback(message);
                offset += fullMessageLength;
            }
            else {
                break;
            }
        }
        if (offset === bufferFullLength) {
            // No more use for the buffer
            this.buffer = emptyBuffer;
            this.bufferLength = 0;
            this.bufferOffset = 0;
        }
        else {
            // Adjust the cursors of remainingBuffer
            this.bufferLength = bufferFullLength - offset;
            this.bufferOffset = offset;
        }
    }
    mergeBuffer(buffer) {
        if (this.bufferLength > 0) {
            const newLength = this.bufferLength + buffer.byteLength;
            const newFullLength = newLength + this.bufferOffset;
            if (newFullLength > this.buffer.byteLength) {
                // We can't concat the new buffer with the remaining one
                let newBuffer;
                if (newLength <= this.buffer.byteLength && this.bufferOffset >= this.bufferLength) {
                    // We can move the relevant part to the beginning of the buffer instead of allocating a new buffer
                    newBuffer = this.buffer;
                }
                else {
                    // Allocate a new larger buffer
                    let newBufferLength = this.buffer.byteLength * 2;
                    while (newLength >= newBufferLength) {
                        newBufferLength *= 2;
                    }
                    newBuffer = Buffer.allocUnsafe(newBufferLength);
                }
                // Move the remaining buffer to the new one
                this.buffer.copy(newBuffer, 0, this.bufferOffset, this.bufferOffset + this.bufferLength);
                this.buffer = newBuffer;
                this.bufferOffset = 0;
            }
            // Concat the new buffer with the remaining one
            buffer.copy(this.buffer, this.bufferOffset + this.bufferLength);
            this.bufferLength = newLength;
        }
        else {
            this.buffer = buffer;
            this.bufferOffset = 0;
            this.bufferLength = buffer.byteLength;
        }
    }
    handlePacket(offset, code, length, bytes) {
        const { reader } = this;
        // NOTE: This undesirably retains the buffer in `this.reader` if the `parse*Message` calls below throw. However, those should only throw in the case of a protocol error, which normally results in the reader being discarded.
        reader.setBuffer(offset, bytes);
        let message;
        switch (code) {
            case 50 /* MessageCodes.BindComplete */:
                message = messages_1.bindComplete;
                break;
            case 49 /* MessageCodes.ParseComplete */:
                message = messages_1.parseComplete;
                break;
            case 51 /* MessageCodes.CloseComplete */:
                message = messages_1.closeComplete;
                break;
            case 110 /* MessageCodes.NoData */:
                message = messages_1.noData;
                break;
            case 115 /* MessageCodes.PortalSuspended */:
                message = messages_1.portalSuspended;
                break;
            case 99 /* MessageCodes.CopyDone */:
                message = messages_1.copyDone;
                break;
            case 87 /* MessageCodes.ReplicationStart */:
                message = messages_1.replicationStart;
                break;
            case 73 /* MessageCodes.EmptyQuery */:
                message = messages_1.emptyQuery;
                break;
            case 68 /* MessageCodes.DataRow */:
                message = parseDataRowMessage(reader);
                break;
            case 67 /* MessageCodes.CommandComplete */:
                message = parseCommandCompleteMessage(reader);
                break;
            case 90 /* MessageCodes.ReadyForQuery */:
                message = parseReadyForQueryMessage(reader);
                break;
            case 65 /* MessageCodes.NotificationResponse */:
                message = parseNotificationMessage(reader);
                break;
            case 82 /* MessageCodes.AuthenticationResponse */:
                message = parseAuthenticationResponse(reader, length);
                break;
            case 83 /* MessageCodes.ParameterStatus */:
                message = parseParameterStatusMessage(reader);
                break;
            case 75 /* MessageCodes.BackendKeyData */:
                message = parseBackendKeyData(reader);
                break;
            case 69 /* MessageCodes.ErrorMessage */:
                message = parseErrorMessage(reader, 'error');
                break;
            case 78 /* MessageCodes.NoticeMessage */:
                message = parseErrorMessage(reader, 'notice');
                break;
            case 84 /* MessageCodes.RowDescriptionMessage */:
                message = parseRowDescriptionMessage(reader);
                break;
            case 116 /* MessageCodes.ParameterDescriptionMessage */:
                message = parseParameterDescriptionMessage(reader);
                break;
            case 71 /* MessageCodes.CopyIn */:
                message = parseCopyInMessage(reader);
                break;
            case 72 /* MessageCodes.CopyOut */:
                message = parseCopyOutMessage(reader);
                break;
            case 100 /* MessageCodes.CopyData */:
                message = parseCopyData(reader, length);
                break;
            default:
                return new messages_1.DatabaseError('received invalid response: ' + code.toString(16), length, 'error');
        }
        reader.setBuffer(0, emptyBuffer);
        message.length = length;
        return message;
    }
}
exports.Parser = Parser;
const parseReadyForQueryMessage = (reader) => {
    const status = reader.string(1);
    return new messages_1.ReadyForQueryMessage(LATEINIT_LENGTH, status);
};
const parseCommandCompleteMessage = (reader) => {
    const text = reader.cstring();
    return new messages_1.CommandCompleteMessage(LATEINIT_LENGTH, text);
};
const parseCopyData = (reader, length) => {
    const chunk = reader.bytes(length - 4);
    return new messages_1.CopyDataMessage(LATEINIT_LENGTH, chunk);
};
const parseCopyInMessage = (reader) => parseCopyMessage(reader, 'copyInResponse');
const parseCopyOutMessage = (reader) => parseCopyMessage(reader, 'copyOutResponse');
const parseCopyMessage = (reader, messageName) => {
    const isBinary = reader.byte() !== 0;
    const columnCount = reader.int16();
    const message = new messages_1.CopyResponse(LATEINIT_LENGTH, messageName, isBinary, columnCount);
    for (let i = 0; i < columnCount; i++) {
        message.columnTypes[i] = reader.int16();
    }
    return message;
};
const parseNotificationMessage = (reader) => {
    const processId = reader.int32();
    const channel = reader.cstring();
    const payload = reader.cstring();
    return new messages_1.NotificationResponseMessage(LATEINIT_LENGTH, processId, channel, payload);
};
const parseRowDescriptionMessage = (reader) => {
    const fieldCount = reader.int16();
    const message = new messages_1.RowDescriptionMessage(LATEINIT_LENGTH, fieldCount);
    for (let i = 0; i < fieldCount; i++) {
        message.fields[i] = parseField(reader);
    }
    return message;
};
const parseField = (reader) => {
    const name = reader.cstring();
    const tableID = reader.uint32();
    const columnID = reader.int16();
    const dataTypeID = reader.uint32();
    const dataTypeSize = reader.int16();
    const dataTypeModifier = reader.int32();
    const mode = reader.int16() === 0 ? 'text' : 'binary';
    return new messages_1.Field(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, mode);
};
const parseParameterDescriptionMessage = (reader) => {
    const parameterCount = reader.int16();
    const message = new messages_1.ParameterDescriptionMessage(LATEINIT_LENGTH, parameterCount);
    for (let i = 0; i < parameterCount; i++) {
        // OIDs are unsigned, same as dataTypeID in parseField above
        message.dataTypeIDs[i] = reader.uint32();
    }
    return message;
};
const parseDataRowMessage = (reader) => {
    const fieldCount = reader.int16();
    const fields = new Array(fieldCount);
    for (let i = 0; i < fieldCount; i++) {
        const len = reader.int32();
        // a -1 for length means the value of the field is null
        fields[i] = len === -1 ? null : reader.string(len);
    }
    return new messages_1.DataRowMessage(LATEINIT_LENGTH, fields);
};
const parseParameterStatusMessage = (reader) => {
    const name = reader.cstring();
    const value = reader.cstring();
    return new messages_1.ParameterStatusMessage(LATEINIT_LENGTH, name, value);
};
const parseBackendKeyData = (reader) => {
    const processID = reader.int32();
    const secretKey = reader.int32();
    return new messages_1.BackendKeyDataMessage(LATEINIT_LENGTH, processID, secretKey);
};
const parseAuthenticationResponse = (reader, length) => {
    const code = reader.int32();
    // TODO(bmc): maybe better types here
    const message = {
        name: 'authenticationOk',
        length,
    };
    switch (code) {
        case 0: // AuthenticationOk
            break;
        case 3: // AuthenticationCleartextPassword
            if (message.length === 8) {
                message.name = 'authenticationCleartextPassword';
            }
            break;
        case 5: // AuthenticationMD5Password
            if (message.length === 12) {
                message.name = 'authenticationMD5Password';
                const salt = reader.bytes(4);
                return new messages_1.AuthenticationMD5Password(LATEINIT_LENGTH, salt);
            }
            break;
        case 10: // AuthenticationSASL
            {
                message.name = 'authenticationSASL';
                message.mechanisms = [];
                let mechanism;
                do {
                    mechanism = reader.cstring();
                    if (mechanism) {
                        message.mechanisms.push(mechanism);
                    }
                } while (mechanism);
            }
            break;
        case 11: // AuthenticationSASLContinue
            message.name = 'authenticationSASLContinue';
            message.data = reader.string(length - 8);
            break;
        case 12: // AuthenticationSASLFinal
            message.name = 'authenticationSASLFinal';
            message.data = reader.string(length - 8);
            break;
        default:
            throw new Error('Unknown authenticationOk message type ' + code);
    }
    return message;
};
const parseErrorMessage = (reader, name) => {
    const fields = {};
    let fieldType = reader.string(1);
    while (fieldType !== '\0') {
        fields[fieldType] = reader.cstring();
        fieldType = reader.string(1);
    }
    const messageValue = fields.M;
    const message = name === 'notice'
        ? new messages_1.NoticeMessage(LATEINIT_LENGTH, messageValue)
        : new messages_1.DatabaseError(messageValue, LATEINIT_LENGTH, name);
    message.severity = fields.S;
    message.code = fields.C;
    message.detail = fields.D;
    message.hint = fields.H;
    message.position = fields.P;
    message.internalPosition = fields.p;
    message.internalQuery = fields.q;
    message.where = fields.W;
    message.schema = fields.s;
    message.table = fields.t;
    message.column = fields.c;
    message.dataType = fields.d;
    message.constraint = fields.n;
    message.file = fields.F;
    message.line = fields.L;
    message.routine = fields.R;
    return message;
};
//# sourceMappingURL=parser.js.map

/***/ }),

/***/ 76513:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.serialize = void 0;
const buffer_writer_1 = __nccwpck_require__(49315);
const writer = new buffer_writer_1.Writer();
const startup = (opts) => {
    // protocol version
    writer.addInt16(3).addInt16(0);
    for (const key of Object.keys(opts)) {
        writer.addCString(key).addCString(opts[key]);
    }
    writer.addCString('client_encoding').addCString('UTF8');
    const bodyBuffer = writer.addCString('').flush();
    // this message is sent without a code
    const length = bodyBuffer.length + 4;
    return new buffer_writer_1.Writer().addInt32(length).add(bodyBuffer).flush();
};
const requestSsl = () => {
    const response = Buffer.allocUnsafe(8);
    response.writeInt32BE(8, 0);
    response.writeInt32BE(80877103, 4);
    return response;
};
const password = (password) => {
    return writer.addCString(password).flush(112 /* code.startup */);
};
const sendSASLInitialResponseMessage = function (mechanism, initialResponse) {
    // 0x70 = 'p'
    writer.addCString(mechanism).addInt32PrefixedString(initialResponse);
    return writer.flush(112 /* code.startup */);
};
const sendSCRAMClientFinalMessage = function (additionalData) {
    return writer.addString(additionalData).flush(112 /* code.startup */);
};
const query = (text) => {
    return writer.addCString(text).flush(81 /* code.query */);
};
const emptyArray = [];
const parse = (query) => {
    // expect something like this:
    // { name: 'queryName',
    //   text: 'select * from blah',
    //   types: ['int8', 'bool'] }
    // normalize missing query names to allow for null
    const name = query.name || '';
    if (name.length > 63) {
        console.error('Warning! Postgres only supports 63 characters for query names.');
        console.error('You supplied %s (%s)', name, name.length);
        console.error('This can cause conflicts and silent errors executing queries');
    }
    const types = query.types || emptyArray;
    const len = types.length;
    const buffer = writer
        .addCString(name) // name of query
        .addCString(query.text) // actual query text
        .addInt16(len);
    for (let i = 0; i < len; i++) {
        buffer.addInt32(types[i]);
    }
    return writer.flush(80 /* code.parse */);
};
const writeValues = function (values, valueMapper, formatsOffset) {
    const len = values.length;
    for (let i = 0; i < len; i++) {
        const mappedVal = valueMapper ? valueMapper(values[i], i) : values[i];
        let formatByte = 0 /* ParamType.STRING */;
        if (mappedVal == null) {
            // write -1 to indicate null
            writer.addInt32(-1);
        }
        else if (mappedVal instanceof Buffer) {
            formatByte = 1 /* ParamType.BINARY */;
            // add the buffer to the param writer
            writer.addInt32(mappedVal.length);
            writer.add(mappedVal);
        }
        else {
            // length prefix + UTF-8 bytes in one pass (Buffer.byteLength computed once)
            writer.addInt32PrefixedString(mappedVal);
        }
        // beware: `writer` operations can replace `writer.buffer` with a new buffer
        const buf = writer.buffer;
        buf[formatsOffset++] = 0;
        buf[formatsOffset++] = formatByte;
    }
};
const bind = (config = {}) => {
    // normalize config
    const portal = config.portal || '';
    const statement = config.statement || '';
    const binary = config.binary || false;
    const values = config.values || emptyArray;
    const len = values.length;
    writer.addCString(portal).addCString(statement);
    // number of parameter format codes
    writer.addInt16(len);
    // space for those codes, filled by `writeValues`
    const formatsOffset = writer.reserveUnsafe(len * 2);
    // number of parameter values
    writer.addInt16(len);
    try {
        writeValues(values, config.valueMapper, formatsOffset);
    }
    catch (err) {
        writer.clear();
        throw err;
    }
    // all results use the same format code
    writer.addInt16(1);
    // format code
    writer.addInt16(binary ? 1 /* ParamType.BINARY */ : 0 /* ParamType.STRING */);
    return writer.flush(66 /* code.bind */);
};
const emptyExecute = Buffer.from([69 /* code.execute */, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00]);
const execute = (config) => {
    // this is the happy path for most queries
    if (!config || (!config.portal && !config.rows)) {
        return emptyExecute;
    }
    const portal = config.portal || '';
    const rows = config.rows || 0;
    const portalLength = Buffer.byteLength(portal);
    const len = 4 + portalLength + 1 + 4;
    // one extra bit for code
    const buff = Buffer.allocUnsafe(1 + len);
    buff[0] = 69 /* code.execute */;
    buff.writeInt32BE(len, 1);
    buff.write(portal, 5, 'utf-8');
    buff[portalLength + 5] = 0; // null terminate portal cString
    buff.writeUInt32BE(rows, buff.length - 4);
    return buff;
};
const cancel = (processID, secretKey) => {
    const buffer = Buffer.allocUnsafe(16);
    buffer.writeInt32BE(16, 0);
    buffer.writeInt16BE(1234, 4);
    buffer.writeInt16BE(5678, 6);
    buffer.writeInt32BE(processID, 8);
    buffer.writeInt32BE(secretKey, 12);
    return buffer;
};
const cstringMessage = (code, string) => {
    const stringLen = Buffer.byteLength(string);
    const len = 4 + stringLen + 1;
    // one extra bit for code
    const buffer = Buffer.allocUnsafe(1 + len);
    buffer[0] = code;
    buffer.writeInt32BE(len, 1);
    buffer.write(string, 5, 'utf-8');
    buffer[len] = 0; // null terminate cString
    return buffer;
};
const emptyDescribePortal = writer.addCString('P').flush(68 /* code.describe */);
const emptyDescribeStatement = writer.addCString('S').flush(68 /* code.describe */);
const describe = (msg) => {
    return msg.name
        ? cstringMessage(68 /* code.describe */, `${msg.type}${msg.name || ''}`)
        : msg.type === 'P'
            ? emptyDescribePortal
            : emptyDescribeStatement;
};
const close = (msg) => {
    const text = `${msg.type}${msg.name || ''}`;
    return cstringMessage(67 /* code.close */, text);
};
const copyData = (chunk) => {
    return writer.add(chunk).flush(100 /* code.copyFromChunk */);
};
const copyFail = (message) => {
    return cstringMessage(102 /* code.copyFail */, message);
};
const codeOnlyBuffer = (code) => Buffer.from([code, 0x00, 0x00, 0x00, 0x04]);
const flushBuffer = codeOnlyBuffer(72 /* code.flush */);
const syncBuffer = codeOnlyBuffer(83 /* code.sync */);
const endBuffer = codeOnlyBuffer(88 /* code.end */);
const copyDoneBuffer = codeOnlyBuffer(99 /* code.copyDone */);
const serialize = {
    startup,
    password,
    requestSsl,
    sendSASLInitialResponseMessage,
    sendSCRAMClientFinalMessage,
    query,
    parse,
    bind,
    execute,
    describe,
    close,
    flush: () => flushBuffer,
    sync: () => syncBuffer,
    end: () => endBuffer,
    copyData,
    copyDone: () => copyDoneBuffer,
    copyFail,
    cancel,
};
exports.serialize = serialize;
//# sourceMappingURL=serializer.js.map

/***/ }),

/***/ 11549:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var textParsers = __nccwpck_require__(74784);
var binaryParsers = __nccwpck_require__(87522);
var arrayParser = __nccwpck_require__(76471);
var builtinTypes = __nccwpck_require__(16345);

exports.getTypeParser = getTypeParser;
exports.setTypeParser = setTypeParser;
exports.arrayParser = arrayParser;
exports.builtins = builtinTypes;

var typeParsers = {
  text: {},
  binary: {}
};

//the empty parse function
function noParse (val) {
  return String(val);
};

//returns a function used to convert a specific type (specified by
//oid) into a result javascript type
//note: the oid can be obtained via the following sql query:
//SELECT oid FROM pg_type WHERE typname = 'TYPE_NAME_HERE';
function getTypeParser (oid, format) {
  format = format || 'text';
  if (!typeParsers[format]) {
    return noParse;
  }
  return typeParsers[format][oid] || noParse;
};

function setTypeParser (oid, format, parseFn) {
  if(typeof format == 'function') {
    parseFn = format;
    format = 'text';
  }
  typeParsers[format][oid] = parseFn;
};

textParsers.init(function(oid, converter) {
  typeParsers.text[oid] = converter;
});

binaryParsers.init(function(oid, converter) {
  typeParsers.binary[oid] = converter;
});


/***/ }),

/***/ 76471:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var array = __nccwpck_require__(3879);

module.exports = {
  create: function (source, transform) {
    return {
      parse: function() {
        return array.parse(source, transform);
      }
    };
  }
};


/***/ }),

/***/ 87522:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var parseInt64 = __nccwpck_require__(62299);

var parseBits = function(data, bits, offset, invert, callback) {
  offset = offset || 0;
  invert = invert || false;
  callback = callback || function(lastValue, newValue, bits) { return (lastValue * Math.pow(2, bits)) + newValue; };
  var offsetBytes = offset >> 3;

  var inv = function(value) {
    if (invert) {
      return ~value & 0xff;
    }

    return value;
  };

  // read first (maybe partial) byte
  var mask = 0xff;
  var firstBits = 8 - (offset % 8);
  if (bits < firstBits) {
    mask = (0xff << (8 - bits)) & 0xff;
    firstBits = bits;
  }

  if (offset) {
    mask = mask >> (offset % 8);
  }

  var result = 0;
  if ((offset % 8) + bits >= 8) {
    result = callback(0, inv(data[offsetBytes]) & mask, firstBits);
  }

  // read bytes
  var bytes = (bits + offset) >> 3;
  for (var i = offsetBytes + 1; i < bytes; i++) {
    result = callback(result, inv(data[i]), 8);
  }

  // bits to read, that are not a complete byte
  var lastBits = (bits + offset) % 8;
  if (lastBits > 0) {
    result = callback(result, inv(data[bytes]) >> (8 - lastBits), lastBits);
  }

  return result;
};

var parseFloatFromBits = function(data, precisionBits, exponentBits) {
  var bias = Math.pow(2, exponentBits - 1) - 1;
  var sign = parseBits(data, 1);
  var exponent = parseBits(data, exponentBits, 1);

  if (exponent === 0) {
    return 0;
  }

  // parse mantissa
  var precisionBitsCounter = 1;
  var parsePrecisionBits = function(lastValue, newValue, bits) {
    if (lastValue === 0) {
      lastValue = 1;
    }

    for (var i = 1; i <= bits; i++) {
      precisionBitsCounter /= 2;
      if ((newValue & (0x1 << (bits - i))) > 0) {
        lastValue += precisionBitsCounter;
      }
    }

    return lastValue;
  };

  var mantissa = parseBits(data, precisionBits, exponentBits + 1, false, parsePrecisionBits);

  // special cases
  if (exponent == (Math.pow(2, exponentBits + 1) - 1)) {
    if (mantissa === 0) {
      return (sign === 0) ? Infinity : -Infinity;
    }

    return NaN;
  }

  // normale number
  return ((sign === 0) ? 1 : -1) * Math.pow(2, exponent - bias) * mantissa;
};

var parseInt16 = function(value) {
  if (parseBits(value, 1) == 1) {
    return -1 * (parseBits(value, 15, 1, true) + 1);
  }

  return parseBits(value, 15, 1);
};

var parseInt32 = function(value) {
  if (parseBits(value, 1) == 1) {
    return -1 * (parseBits(value, 31, 1, true) + 1);
  }

  return parseBits(value, 31, 1);
};

var parseFloat32 = function(value) {
  return parseFloatFromBits(value, 23, 8);
};

var parseFloat64 = function(value) {
  return parseFloatFromBits(value, 52, 11);
};

var parseNumeric = function(value) {
  var sign = parseBits(value, 16, 32);
  if (sign == 0xc000) {
    return NaN;
  }

  var weight = Math.pow(10000, parseBits(value, 16, 16));
  var result = 0;

  var digits = [];
  var ndigits = parseBits(value, 16);
  for (var i = 0; i < ndigits; i++) {
    result += parseBits(value, 16, 64 + (16 * i)) * weight;
    weight /= 10000;
  }

  var scale = Math.pow(10, parseBits(value, 16, 48));
  return ((sign === 0) ? 1 : -1) * Math.round(result * scale) / scale;
};

var parseDate = function(isUTC, value) {
  var sign = parseBits(value, 1);
  var rawValue = parseBits(value, 63, 1);

  // discard usecs and shift from 2000 to 1970
  var result = new Date((((sign === 0) ? 1 : -1) * rawValue / 1000) + 946684800000);

  if (!isUTC) {
    result.setTime(result.getTime() + result.getTimezoneOffset() * 60000);
  }

  // add microseconds to the date
  result.usec = rawValue % 1000;
  result.getMicroSeconds = function() {
    return this.usec;
  };
  result.setMicroSeconds = function(value) {
    this.usec = value;
  };
  result.getUTCMicroSeconds = function() {
    return this.usec;
  };

  return result;
};

var parseArray = function(value) {
  var dim = parseBits(value, 32);

  var flags = parseBits(value, 32, 32);
  var elementType = parseBits(value, 32, 64);

  var offset = 96;
  var dims = [];
  for (var i = 0; i < dim; i++) {
    // parse dimension
    dims[i] = parseBits(value, 32, offset);
    offset += 32;

    // ignore lower bounds
    offset += 32;
  }

  var parseElement = function(elementType) {
    // parse content length
    var length = parseBits(value, 32, offset);
    offset += 32;

    // parse null values
    if (length == 0xffffffff) {
      return null;
    }

    var result;
    if ((elementType == 0x17) || (elementType == 0x14)) {
      // int/bigint
      result = parseBits(value, length * 8, offset);
      offset += length * 8;
      return result;
    }
    else if (elementType == 0x19) {
      // string
      result = value.toString(this.encoding, offset >> 3, (offset += (length << 3)) >> 3);
      return result;
    }
    else {
      console.log("ERROR: ElementType not implemented: " + elementType);
    }
  };

  var parse = function(dimension, elementType) {
    var array = [];
    var i;

    if (dimension.length > 1) {
      var count = dimension.shift();
      for (i = 0; i < count; i++) {
        array[i] = parse(dimension, elementType);
      }
      dimension.unshift(count);
    }
    else {
      for (i = 0; i < dimension[0]; i++) {
        array[i] = parseElement(elementType);
      }
    }

    return array;
  };

  return parse(dims, elementType);
};

var parseText = function(value) {
  return value.toString('utf8');
};

var parseBool = function(value) {
  if(value === null) return null;
  return (parseBits(value, 8) > 0);
};

var init = function(register) {
  register(20, parseInt64);
  register(21, parseInt16);
  register(23, parseInt32);
  register(26, parseInt32);
  register(1700, parseNumeric);
  register(700, parseFloat32);
  register(701, parseFloat64);
  register(16, parseBool);
  register(1114, parseDate.bind(null, false));
  register(1184, parseDate.bind(null, true));
  register(1000, parseArray);
  register(1007, parseArray);
  register(1016, parseArray);
  register(1008, parseArray);
  register(1009, parseArray);
  register(25, parseText);
};

module.exports = {
  init: init
};


/***/ }),

/***/ 16345:
/***/ ((module) => {

/**
 * Following query was used to generate this file:

 SELECT json_object_agg(UPPER(PT.typname), PT.oid::int4 ORDER BY pt.oid)
 FROM pg_type PT
 WHERE typnamespace = (SELECT pgn.oid FROM pg_namespace pgn WHERE nspname = 'pg_catalog') -- Take only builting Postgres types with stable OID (extension types are not guaranted to be stable)
 AND typtype = 'b' -- Only basic types
 AND typelem = 0 -- Ignore aliases
 AND typisdefined -- Ignore undefined types
 */

module.exports = {
    BOOL: 16,
    BYTEA: 17,
    CHAR: 18,
    INT8: 20,
    INT2: 21,
    INT4: 23,
    REGPROC: 24,
    TEXT: 25,
    OID: 26,
    TID: 27,
    XID: 28,
    CID: 29,
    JSON: 114,
    XML: 142,
    PG_NODE_TREE: 194,
    SMGR: 210,
    PATH: 602,
    POLYGON: 604,
    CIDR: 650,
    FLOAT4: 700,
    FLOAT8: 701,
    ABSTIME: 702,
    RELTIME: 703,
    TINTERVAL: 704,
    CIRCLE: 718,
    MACADDR8: 774,
    MONEY: 790,
    MACADDR: 829,
    INET: 869,
    ACLITEM: 1033,
    BPCHAR: 1042,
    VARCHAR: 1043,
    DATE: 1082,
    TIME: 1083,
    TIMESTAMP: 1114,
    TIMESTAMPTZ: 1184,
    INTERVAL: 1186,
    TIMETZ: 1266,
    BIT: 1560,
    VARBIT: 1562,
    NUMERIC: 1700,
    REFCURSOR: 1790,
    REGPROCEDURE: 2202,
    REGOPER: 2203,
    REGOPERATOR: 2204,
    REGCLASS: 2205,
    REGTYPE: 2206,
    UUID: 2950,
    TXID_SNAPSHOT: 2970,
    PG_LSN: 3220,
    PG_NDISTINCT: 3361,
    PG_DEPENDENCIES: 3402,
    TSVECTOR: 3614,
    TSQUERY: 3615,
    GTSVECTOR: 3642,
    REGCONFIG: 3734,
    REGDICTIONARY: 3769,
    JSONB: 3802,
    REGNAMESPACE: 4089,
    REGROLE: 4096
};


/***/ }),

/***/ 74784:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var array = __nccwpck_require__(3879)
var arrayParser = __nccwpck_require__(76471);
var parseDate = __nccwpck_require__(92690);
var parseInterval = __nccwpck_require__(68755);
var parseByteA = __nccwpck_require__(463);

function allowNull (fn) {
  return function nullAllowed (value) {
    if (value === null) return value
    return fn(value)
  }
}

function parseBool (value) {
  if (value === null) return value
  return value === 'TRUE' ||
    value === 't' ||
    value === 'true' ||
    value === 'y' ||
    value === 'yes' ||
    value === 'on' ||
    value === '1';
}

function parseBoolArray (value) {
  if (!value) return null
  return array.parse(value, parseBool)
}

function parseBaseTenInt (string) {
  return parseInt(string, 10)
}

function parseIntegerArray (value) {
  if (!value) return null
  return array.parse(value, allowNull(parseBaseTenInt))
}

function parseBigIntegerArray (value) {
  if (!value) return null
  return array.parse(value, allowNull(function (entry) {
    return parseBigInteger(entry).trim()
  }))
}

var parsePointArray = function(value) {
  if(!value) { return null; }
  var p = arrayParser.create(value, function(entry) {
    if(entry !== null) {
      entry = parsePoint(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseFloatArray = function(value) {
  if(!value) { return null; }
  var p = arrayParser.create(value, function(entry) {
    if(entry !== null) {
      entry = parseFloat(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseStringArray = function(value) {
  if(!value) { return null; }

  var p = arrayParser.create(value);
  return p.parse();
};

var parseDateArray = function(value) {
  if (!value) { return null; }

  var p = arrayParser.create(value, function(entry) {
    if (entry !== null) {
      entry = parseDate(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseIntervalArray = function(value) {
  if (!value) { return null; }

  var p = arrayParser.create(value, function(entry) {
    if (entry !== null) {
      entry = parseInterval(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseByteAArray = function(value) {
  if (!value) { return null; }

  return array.parse(value, allowNull(parseByteA));
};

var parseInteger = function(value) {
  return parseInt(value, 10);
};

var parseBigInteger = function(value) {
  var valStr = String(value);
  if (/^\d+$/.test(valStr)) { return valStr; }
  return value;
};

var parseJsonArray = function(value) {
  if (!value) { return null; }

  return array.parse(value, allowNull(JSON.parse));
};

var parsePoint = function(value) {
  if (value[0] !== '(') { return null; }

  value = value.substring( 1, value.length - 1 ).split(',');

  return {
    x: parseFloat(value[0])
  , y: parseFloat(value[1])
  };
};

var parseCircle = function(value) {
  if (value[0] !== '<' && value[1] !== '(') { return null; }

  var point = '(';
  var radius = '';
  var pointParsed = false;
  for (var i = 2; i < value.length - 1; i++){
    if (!pointParsed) {
      point += value[i];
    }

    if (value[i] === ')') {
      pointParsed = true;
      continue;
    } else if (!pointParsed) {
      continue;
    }

    if (value[i] === ','){
      continue;
    }

    radius += value[i];
  }
  var result = parsePoint(point);
  result.radius = parseFloat(radius);

  return result;
};

var init = function(register) {
  register(20, parseBigInteger); // int8
  register(21, parseInteger); // int2
  register(23, parseInteger); // int4
  register(26, parseInteger); // oid
  register(700, parseFloat); // float4/real
  register(701, parseFloat); // float8/double
  register(16, parseBool);
  register(1082, parseDate); // date
  register(1114, parseDate); // timestamp without timezone
  register(1184, parseDate); // timestamp
  register(600, parsePoint); // point
  register(651, parseStringArray); // cidr[]
  register(718, parseCircle); // circle
  register(1000, parseBoolArray);
  register(1001, parseByteAArray);
  register(1005, parseIntegerArray); // _int2
  register(1007, parseIntegerArray); // _int4
  register(1028, parseIntegerArray); // oid[]
  register(1016, parseBigIntegerArray); // _int8
  register(1017, parsePointArray); // point[]
  register(1021, parseFloatArray); // _float4
  register(1022, parseFloatArray); // _float8
  register(1231, parseFloatArray); // _numeric
  register(1014, parseStringArray); //char
  register(1015, parseStringArray); //varchar
  register(1008, parseStringArray);
  register(1009, parseStringArray);
  register(1040, parseStringArray); // macaddr[]
  register(1041, parseStringArray); // inet[]
  register(1115, parseDateArray); // timestamp without time zone[]
  register(1182, parseDateArray); // _date
  register(1185, parseDateArray); // timestamp with time zone[]
  register(1186, parseInterval);
  register(1187, parseIntervalArray);
  register(17, parseByteA);
  register(114, JSON.parse.bind(JSON)); // json
  register(3802, JSON.parse.bind(JSON)); // jsonb
  register(199, parseJsonArray); // json[]
  register(3807, parseJsonArray); // jsonb[]
  register(3907, parseStringArray); // numrange[]
  register(2951, parseStringArray); // uuid[]
  register(791, parseStringArray); // money[]
  register(1183, parseStringArray); // time[]
  register(1270, parseStringArray); // timetz[]
};

module.exports = {
  init: init
};


/***/ }),

/***/ 75042:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(24434).EventEmitter)
const utils = __nccwpck_require__(69652)
const nodeUtils = __nccwpck_require__(39023)
const sasl = __nccwpck_require__(20948)
const TypeOverrides = __nccwpck_require__(50365)

const ConnectionParameters = __nccwpck_require__(646)
const Query = __nccwpck_require__(84473)
const defaults = __nccwpck_require__(68995)
const Connection = __nccwpck_require__(9809)
const crypto = __nccwpck_require__(84150)

const activeQueryDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Client.activeQuery is deprecated and will be removed in pg@9.0'
)

const queryQueueDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Client.queryQueue is deprecated and will be removed in pg@9.0.'
)

const pgPassDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'pgpass support is deprecated and will be removed in pg@9.0. ' +
    'You can provide an async function as the password property to the Client/Pool constructor that returns a password instead. Within this function you can call the pgpass module in your own code.'
)

const byoPromiseDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Passing a custom Promise implementation to the Client/Pool constructor is deprecated and will be removed in pg@9.0.'
)

const queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead.'
)

function coerceNumberOrDefault(value, defaultValue) {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : defaultValue
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value)
    return Number.isFinite(n) ? n : defaultValue
  }
  return defaultValue
}

class Client extends EventEmitter {
  constructor(config) {
    super()

    this.connectionParameters = new ConnectionParameters(config)
    this.user = this.connectionParameters.user
    this.database = this.connectionParameters.database
    this.port = this.connectionParameters.port
    this.host = this.connectionParameters.host

    // "hiding" the password so it doesn't show up in stack traces
    // or if the client is console.logged
    Object.defineProperty(this, 'password', {
      configurable: true,
      enumerable: false,
      writable: true,
      value: this.connectionParameters.password,
    })

    this.replication = this.connectionParameters.replication

    const c = config || {}

    if (c.Promise) {
      byoPromiseDeprecationNotice()
    }
    this._Promise = c.Promise || global.Promise
    this._types = new TypeOverrides(c.types)
    this._ending = false
    this._ended = false
    this._connecting = false
    this._connected = false
    this._connectionError = false
    this._queryable = true
    this._activeQuery = null
    this._txStatus = null

    this.enableChannelBinding = Boolean(c.enableChannelBinding) // set true to use SCRAM-SHA-256-PLUS when offered
    this.scramMaxIterations = coerceNumberOrDefault(c.scramMaxIterations, sasl.DEFAULT_MAX_SCRAM_ITERATIONS)
    this.connection =
      c.connection ||
      new Connection({
        stream: c.stream,
        ssl: this.connectionParameters.ssl,
        sslNegotiation: this.connectionParameters.sslnegotiation,
        keepAlive: c.keepAlive || false,
        keepAliveInitialDelayMillis: c.keepAliveInitialDelayMillis || 0,
        encoding: this.connectionParameters.client_encoding || 'utf8',
      })
    this._queryQueue = []
    this._sentQueryQueue = []
    this.pipeline = Boolean(c.pipeline)
    this.binary = c.binary || defaults.binary
    this.processID = null
    this.secretKey = null
    this.ssl = this.connectionParameters.ssl || false
    this.sslNegotiation = this.connectionParameters.sslnegotiation || 'postgres'
    // As with Password, make SSL->Key (the private key) non-enumerable.
    // It won't show up in stack traces
    // or if the client is console.logged
    if (this.ssl && this.ssl.key) {
      Object.defineProperty(this.ssl, 'key', {
        enumerable: false,
      })
    }

    this._connectionTimeoutMillis = c.connectionTimeoutMillis || 0
  }

  get activeQuery() {
    activeQueryDeprecationNotice()
    return this._activeQuery
  }

  set activeQuery(val) {
    activeQueryDeprecationNotice()
    this._activeQuery = val
  }

  _getActiveQuery() {
    return this._activeQuery
  }

  _errorAllQueries(err) {
    const enqueueError = (query) => {
      process.nextTick(() => {
        query.handleError(err, this.connection)
      })
    }

    const activeQuery = this._getActiveQuery()
    if (activeQuery) {
      enqueueError(activeQuery)
      this._activeQuery = null
    }

    this._sentQueryQueue.forEach(enqueueError)
    this._sentQueryQueue.length = 0

    this._queryQueue.forEach(enqueueError)
    this._queryQueue.length = 0
  }

  _connect(callback) {
    const self = this
    const con = this.connection
    this._connectionCallback = callback

    if (this._connecting || this._connected) {
      const err = new Error('Client has already been connected. You cannot reuse a client.')
      process.nextTick(() => {
        callback(err)
      })
      return
    }
    this._connecting = true

    if (this._connectionTimeoutMillis > 0) {
      this.connectionTimeoutHandle = setTimeout(() => {
        con._ending = true
        con.stream.destroy(new Error('timeout expired'))
      }, this._connectionTimeoutMillis)

      if (this.connectionTimeoutHandle.unref) {
        this.connectionTimeoutHandle.unref()
      }
    }

    if (this.host && this.host.indexOf('/') === 0) {
      con.connect(this.host + '/.s.PGSQL.' + this.port)
    } else {
      con.connect(this.port, this.host)
    }

    // once connection is established send startup message
    con.on('connect', function () {
      if (self.ssl) {
        // With direct SSL negotiation the connection upgrades to TLS without an
        // SSLRequest packet, so the startup message is sent after 'sslconnect'.
        if (self.sslNegotiation !== 'direct') {
          con.requestSsl()
        }
      } else {
        con.startup(self.getStartupConf())
      }
    })

    con.on('sslconnect', function () {
      con.startup(self.getStartupConf())
    })

    this._attachListeners(con)

    con.once('end', () => {
      const error = this._ending ? new Error('Connection terminated') : new Error('Connection terminated unexpectedly')

      clearTimeout(this.connectionTimeoutHandle)
      this._errorAllQueries(error)
      this._ended = true

      if (!this._ending) {
        // if the connection is ended without us calling .end()
        // on this client then we have an unexpected disconnection
        // treat this as an error unless we've already emitted an error
        // during connection.
        if (this._connecting && !this._connectionError) {
          if (this._connectionCallback) {
            this._connectionCallback(error)
          } else {
            this._handleErrorEvent(error)
          }
        } else if (!this._connectionError) {
          this._handleErrorEvent(error)
        }
      }

      process.nextTick(() => {
        this.emit('end')
      })
    })
  }

  connect(callback) {
    if (callback) {
      this._connect(callback)
      return
    }

    return new this._Promise((resolve, reject) => {
      this._connect((error) => {
        if (error) {
          reject(error)
        } else {
          resolve(this)
        }
      })
    })
  }

  _attachListeners(con) {
    // password request handling
    con.on('authenticationCleartextPassword', this._handleAuthCleartextPassword.bind(this))
    // password request handling
    con.on('authenticationMD5Password', this._handleAuthMD5Password.bind(this))
    // password request handling (SASL)
    con.on('authenticationSASL', this._handleAuthSASL.bind(this))
    con.on('authenticationSASLContinue', this._handleAuthSASLContinue.bind(this))
    con.on('authenticationSASLFinal', this._handleAuthSASLFinal.bind(this))
    con.on('backendKeyData', this._handleBackendKeyData.bind(this))
    con.on('error', this._handleErrorEvent.bind(this))
    con.on('errorMessage', this._handleErrorMessage.bind(this))
    con.on('readyForQuery', this._handleReadyForQuery.bind(this))
    con.on('notice', this._handleNotice.bind(this))
    con.on('rowDescription', this._handleRowDescription.bind(this))
    con.on('dataRow', this._handleDataRow.bind(this))
    con.on('portalSuspended', this._handlePortalSuspended.bind(this))
    con.on('emptyQuery', this._handleEmptyQuery.bind(this))
    con.on('commandComplete', this._handleCommandComplete.bind(this))
    con.on('parseComplete', this._handleParseComplete.bind(this))
    con.on('copyInResponse', this._handleCopyInResponse.bind(this))
    con.on('copyData', this._handleCopyData.bind(this))
    con.on('notification', this._handleNotification.bind(this))
  }

  _getPassword(cb) {
    const con = this.connection
    if (typeof this.password === 'function') {
      this._Promise
        .resolve()
        .then(() => this.password(this.connectionParameters))
        .then((pass) => {
          if (pass !== undefined) {
            if (typeof pass !== 'string') {
              con.emit('error', new TypeError('Password must be a string'))
              return
            }
            this.connectionParameters.password = this.password = pass
          } else {
            this.connectionParameters.password = this.password = null
          }
          cb()
        })
        .catch((err) => {
          con.emit('error', err)
        })
    } else if (this.password !== null) {
      cb()
    } else {
      try {
        const pgPass = __nccwpck_require__(13272)
        pgPass(this.connectionParameters, (pass) => {
          if (undefined !== pass) {
            pgPassDeprecationNotice()
            this.connectionParameters.password = this.password = pass
          }
          cb()
        })
      } catch (e) {
        this.emit('error', e)
      }
    }
  }

  _handleAuthCleartextPassword(msg) {
    this._getPassword(() => {
      this.connection.password(this.password)
    })
  }

  _handleAuthMD5Password(msg) {
    this._getPassword(async () => {
      try {
        const hashedPassword = await crypto.postgresMd5PasswordHash(this.user, this.password, msg.salt)
        this.connection.password(hashedPassword)
      } catch (e) {
        this.emit('error', e)
      }
    })
  }

  _handleAuthSASL(msg) {
    this._getPassword(() => {
      try {
        this.saslSession = sasl.startSession(
          msg.mechanisms,
          this.enableChannelBinding && this.connection.stream,
          this.scramMaxIterations
        )
        this.connection.sendSASLInitialResponseMessage(this.saslSession.mechanism, this.saslSession.response)
      } catch (err) {
        this.connection.emit('error', err)
      }
    })
  }

  async _handleAuthSASLContinue(msg) {
    try {
      await sasl.continueSession(
        this.saslSession,
        this.password,
        msg.data,
        this.enableChannelBinding && this.connection.stream
      )
      this.connection.sendSCRAMClientFinalMessage(this.saslSession.response)
    } catch (err) {
      this.connection.emit('error', err)
    }
  }

  _handleAuthSASLFinal(msg) {
    try {
      sasl.finalizeSession(this.saslSession, msg.data)
      this.saslSession = null
    } catch (err) {
      this.connection.emit('error', err)
    }
  }

  _handleBackendKeyData(msg) {
    this.processID = msg.processID
    this.secretKey = msg.secretKey
  }

  _handleReadyForQuery(msg) {
    if (this._connecting) {
      this._connecting = false
      this._connected = true
      clearTimeout(this.connectionTimeoutHandle)

      // process possible callback argument to Client#connect
      if (this._connectionCallback) {
        this._connectionCallback(null, this)
        // remove callback for proper error handling
        // after the connect event
        this._connectionCallback = null
      }
      this.emit('connect')
    }
    const activeQuery = this._getActiveQuery()
    this._activeQuery = null
    this._txStatus = msg?.status ?? null
    this.readyForQuery = true
    if (activeQuery) {
      activeQuery.handleReadyForQuery(this.connection)
    }
    this._pulseQueryQueue()
  }

  // if we receive an error event or error message
  // during the connection process we handle it here
  _handleErrorWhileConnecting(err) {
    if (this._connectionError) {
      // TODO(bmc): this is swallowing errors - we shouldn't do this
      return
    }
    this._connectionError = true
    clearTimeout(this.connectionTimeoutHandle)
    if (this._connectionCallback) {
      return this._connectionCallback(err)
    }
    this.emit('error', err)
  }

  // if we're connected and we receive an error event from the connection
  // this means the socket is dead - do a hard abort of all queries and emit
  // the socket error on the client as well
  _handleErrorEvent(err) {
    if (this._connecting) {
      return this._handleErrorWhileConnecting(err)
    }
    this._queryable = false
    this._errorAllQueries(err)
    this.emit('error', err)
  }

  // handle error messages from the postgres backend
  _handleErrorMessage(msg) {
    if (this._connecting) {
      return this._handleErrorWhileConnecting(msg)
    }
    const activeQuery = this._getActiveQuery()

    if (!activeQuery) {
      this._handleErrorEvent(msg)
      return
    }

    this._activeQuery = null
    if (activeQuery.name) {
      delete this.connection.submittedNamedStatements[activeQuery.name]
    }
    activeQuery.handleError(msg, this.connection)
  }

  _handleRowDescription(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected rowDescription message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate rowDescription to active query
    activeQuery.handleRowDescription(msg)
  }

  _handleDataRow(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected dataRow message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate dataRow to active query
    activeQuery.handleDataRow(msg)
  }

  _handlePortalSuspended(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected portalSuspended message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate portalSuspended to active query
    activeQuery.handlePortalSuspended(this.connection)
  }

  _handleEmptyQuery(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected emptyQuery message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate emptyQuery to active query
    activeQuery.handleEmptyQuery(this.connection)
  }

  _handleCommandComplete(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected commandComplete message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate commandComplete to active query
    activeQuery.handleCommandComplete(msg, this.connection)
  }

  _handleParseComplete() {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected parseComplete message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // if a prepared statement has a name and properly parses
    // we track that its already been executed so we don't parse
    // it again on the same client
    if (activeQuery.name) {
      this.connection.parsedStatements[activeQuery.name] = activeQuery.text
      delete this.connection.submittedNamedStatements[activeQuery.name]
    }
  }

  _handleCopyInResponse(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected copyInResponse message from backend.')
      this._handleErrorEvent(error)
      return
    }
    activeQuery.handleCopyInResponse(this.connection)
  }

  _handleCopyData(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected copyData message from backend.')
      this._handleErrorEvent(error)
      return
    }
    activeQuery.handleCopyData(msg, this.connection)
  }

  _handleNotification(msg) {
    this.emit('notification', msg)
  }

  _handleNotice(msg) {
    this.emit('notice', msg)
  }

  getStartupConf() {
    const params = this.connectionParameters

    const data = {
      user: params.user,
      database: params.database,
    }

    const appName = params.application_name || params.fallback_application_name
    if (appName) {
      data.application_name = appName
    }
    if (params.replication) {
      data.replication = '' + params.replication
    }
    if (params.statement_timeout) {
      data.statement_timeout = String(parseInt(params.statement_timeout, 10))
    }
    if (params.lock_timeout) {
      data.lock_timeout = String(parseInt(params.lock_timeout, 10))
    }
    if (params.idle_in_transaction_session_timeout) {
      data.idle_in_transaction_session_timeout = String(parseInt(params.idle_in_transaction_session_timeout, 10))
    }
    if (params.options) {
      data.options = params.options
    }

    return data
  }

  cancel(client, query) {
    if (client.activeQuery === query) {
      const con = this.connection

      if (this.host && this.host.indexOf('/') === 0) {
        con.connect(this.host + '/.s.PGSQL.' + this.port)
      } else {
        con.connect(this.port, this.host)
      }

      // once connection is established send cancel message
      con.on('connect', function () {
        con.cancel(client.processID, client.secretKey)
      })
    } else if (client._queryQueue.indexOf(query) !== -1) {
      client._queryQueue.splice(client._queryQueue.indexOf(query), 1)
    } else if (client._sentQueryQueue.indexOf(query) !== -1) {
      // Query already sent on wire — can't remove it without corrupting the
      // pipeline. No-op the callback so the result is silently discarded.
      query.callback = () => {}
    }
  }

  setTypeParser(oid, format, parseFn) {
    return this._types.setTypeParser(oid, format, parseFn)
  }

  getTypeParser(oid, format) {
    return this._types.getTypeParser(oid, format)
  }

  // escapeIdentifier and escapeLiteral moved to utility functions & exported
  // on PG
  // re-exported here for backwards compatibility
  escapeIdentifier(str) {
    return utils.escapeIdentifier(str)
  }

  escapeLiteral(str) {
    return utils.escapeLiteral(str)
  }

  _pulseQueryQueue() {
    if (this.pipeline) {
      this._pulsePipelinedQueryQueue()
      return
    }
    if (this.readyForQuery === true) {
      this._activeQuery = this._queryQueue.shift()
      const activeQuery = this._getActiveQuery()
      if (activeQuery) {
        this.readyForQuery = false
        this.hasExecuted = true

        const queryError = activeQuery.submit(this.connection)
        if (queryError) {
          process.nextTick(() => {
            activeQuery.handleError(queryError, this.connection)
            this.readyForQuery = true
            this._pulseQueryQueue()
          })
        }
      } else if (this.hasExecuted) {
        this._activeQuery = null
        this.emit('drain')
      }
    }
  }

  _pulsePipelinedQueryQueue() {
    if (!this._connected || !this._queryable) {
      return
    }
    while (this._queryQueue.length > 0) {
      const query = this._queryQueue.shift()
      this.hasExecuted = true
      const queryError = query.submit(this.connection)
      if (queryError) {
        process.nextTick(() => {
          query.handleError(queryError, this.connection)
        })
        continue
      }
      this._sentQueryQueue.push(query)
    }
    if (this.readyForQuery && !this._activeQuery && this._sentQueryQueue.length > 0) {
      this._activeQuery = this._sentQueryQueue.shift()
      this.readyForQuery = false
    }
    if (!this._activeQuery && this._sentQueryQueue.length === 0 && this._queryQueue.length === 0 && this.hasExecuted) {
      this.emit('drain')
    }
  }

  query(config, values, callback) {
    // can take in strings, config object or query object
    let query
    let result

    if (config == null) {
      throw new TypeError('Client was passed a null or undefined query')
    }

    if (typeof config.submit === 'function') {
      result = query = config
      if (!query.callback) {
        if (typeof values === 'function') {
          query.callback = values
        } else if (callback) {
          query.callback = callback
        }
      }
    } else {
      query = new Query(config, values, callback)
      if (!query.callback) {
        result = new this._Promise((resolve, reject) => {
          query.callback = (err, res) => (err ? reject(err) : resolve(res))
        }).catch((err) => {
          // replace the stack trace that leads to `TCP.onStreamRead` with one that leads back to the
          // application that created the query
          Error.captureStackTrace(err)
          throw err
        })
      } else if (typeof query.callback !== 'function') {
        throw new TypeError('callback is not a function')
      }
    }

    const readTimeout = config.query_timeout || this.connectionParameters.query_timeout
    if (readTimeout) {
      const queryCallback = query.callback || (() => {})

      const readTimeoutTimer = setTimeout(() => {
        const error = new Error('Query read timeout')

        process.nextTick(() => {
          query.handleError(error, this.connection)
        })

        queryCallback(error)

        // we already returned an error,
        // just do nothing if query completes
        query.callback = () => {}

        // Remove from queue (only safe if not yet sent)
        const index = this._queryQueue.indexOf(query)
        if (index > -1) {
          this._queryQueue.splice(index, 1)
        } else if (this.pipeline) {
          // Query already sent — the pipeline is blocked until it completes.
          // Destroy the connection to unblock all remaining pipelined queries.
          this.connection.stream.destroy()
          return
        }

        this._pulseQueryQueue()
      }, readTimeout)

      query.callback = (err, res) => {
        clearTimeout(readTimeoutTimer)
        queryCallback(err, res)
      }
    }

    if (this.binary && !query.binary) {
      query.binary = true
    }

    if (query._result && !query._result._types) {
      query._result._types = this._types
    }

    // A query that keeps a portal open across round trips cannot share a pipelined connection: the
    // queries written behind it are answered out of its portal, so rows land on the wrong query and
    // the reads that follow fail with 'portal does not exist'. Refuse it instead of corrupting.
    if (this.pipeline) {
      const portalQuery =
        typeof config.submit === 'function' && !(query instanceof Query)
          ? 'Custom query classes such as pg-cursor and pg-query-stream are'
          : query.rows
          ? 'The `rows` option is'
          : null
      if (portalQuery) {
        process.nextTick(() => {
          query.handleError(new Error(`${portalQuery} not supported in pipeline mode`), this.connection)
        })
        return result
      }
    }

    if (!this._queryable) {
      process.nextTick(() => {
        query.handleError(new Error('Client has encountered a connection error and is not queryable'), this.connection)
      })
      return result
    }

    if (this._ending) {
      process.nextTick(() => {
        query.handleError(new Error('Client was closed and is not queryable'), this.connection)
      })
      return result
    }

    if (this._queryQueue.length > 0 && !this.pipeline) {
      queryQueueLengthDeprecationNotice()
    }
    this._queryQueue.push(query)
    this._pulseQueryQueue()
    return result
  }

  ref() {
    this.connection.ref()
  }

  unref() {
    this.connection.unref()
  }

  getTransactionStatus() {
    return this._txStatus
  }

  end(cb) {
    this._ending = true

    // if we have never connected, then end is a noop, callback immediately
    if (!this.connection._connecting || this._ended) {
      if (cb) {
        cb()
        return
      } else {
        return this._Promise.resolve()
      }
    }

    if (!this._queryable) {
      // socket is dead — force close
      this.connection.stream.destroy()
    } else if (
      this.pipeline &&
      (this._getActiveQuery() || this._sentQueryQueue.length > 0 || this._queryQueue.length > 0)
    ) {
      // pipelined queries are already on the wire (or queued to send) and will
      // complete normally; wait for drain then do a graceful goodbye
      this.once('drain', () => this.connection.end())
    } else if (this._getActiveQuery()) {
      // non-pipeline: a hung query could block end forever — force disconnect
      this.connection.stream.destroy()
    } else {
      this.connection.end()
    }

    if (cb) {
      this.connection.once('end', cb)
    } else {
      return new this._Promise((resolve) => {
        this.connection.once('end', resolve)
      })
    }
  }
  get queryQueue() {
    queryQueueDeprecationNotice()
    return this._queryQueue
  }
}

// expose a Query constructor
Client.Query = Query

module.exports = Client


/***/ }),

/***/ 646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const dns = __nccwpck_require__(72250)

const defaults = __nccwpck_require__(68995)

const parse = (__nccwpck_require__(26122).parse) // parses a connection string

const val = function (key, config, envVar) {
  if (config[key]) {
    return config[key]
  }

  if (envVar === undefined) {
    envVar = process.env['PG' + key.toUpperCase()]
  } else if (envVar === false) {
    // do nothing ... use false
  } else {
    envVar = process.env[envVar]
  }

  return envVar || defaults[key]
}

const readSSLConfigFromEnvironment = function () {
  switch (process.env.PGSSLMODE) {
    case 'disable':
      return false
    case 'prefer':
    case 'require':
    case 'verify-ca':
    case 'verify-full':
      return true
    case 'no-verify':
      return { rejectUnauthorized: false }
  }
  return defaults.ssl
}

// Convert arg to a string, surround in single quotes, and escape single quotes and backslashes
const quoteParamValue = function (value) {
  return "'" + ('' + value).replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'"
}

const add = function (params, config, paramName) {
  const value = config[paramName]
  if (value !== undefined && value !== null) {
    params.push(paramName + '=' + quoteParamValue(value))
  }
}

class ConnectionParameters {
  constructor(config) {
    // if a string is passed, it is a raw connection string so we parse it into a config
    config = typeof config === 'string' ? parse(config) : config || {}

    // if the config has a connectionString defined, parse IT into the config we use
    // this will override other default values with what is stored in connectionString
    if (config.connectionString) {
      config = Object.assign({}, config, parse(config.connectionString))
    }

    this.user = val('user', config)
    this.database = val('database', config)

    if (this.database === undefined) {
      this.database = this.user
    }

    this.port = parseInt(val('port', config), 10)
    this.host = val('host', config)

    // "hiding" the password so it doesn't show up in stack traces
    // or if the client is console.logged
    Object.defineProperty(this, 'password', {
      configurable: true,
      enumerable: false,
      writable: true,
      value: val('password', config),
    })

    this.binary = val('binary', config)
    this.options = val('options', config)

    this.ssl = typeof config.ssl === 'undefined' ? readSSLConfigFromEnvironment() : config.ssl

    if (typeof this.ssl === 'string') {
      if (this.ssl === 'true') {
        this.ssl = true
      }
    }
    // support passing in ssl=no-verify via connection string
    if (this.ssl === 'no-verify') {
      this.ssl = { rejectUnauthorized: false }
    }
    if (this.ssl && this.ssl.key) {
      Object.defineProperty(this.ssl, 'key', {
        enumerable: false,
      })
    }

    // How to negotiate SSL: 'postgres' (default, the traditional SSLRequest
    // handshake) or 'direct' (start the TLS handshake immediately on connect).
    this.sslnegotiation = val('sslnegotiation', config, 'PGSSLNEGOTIATION')
    if (this.sslnegotiation !== undefined && this.sslnegotiation !== 'postgres' && this.sslnegotiation !== 'direct') {
      throw new Error(
        `Invalid sslnegotiation value: "${this.sslnegotiation}". Valid values are "postgres" and "direct".`
      )
    }
    if (this.sslnegotiation === 'direct' && !this.ssl) {
      throw new Error('sslnegotiation=direct requires SSL to be enabled')
    }

    this.client_encoding = val('client_encoding', config)
    this.replication = val('replication', config)
    // a domain socket begins with '/'
    this.isDomainSocket = !(this.host || '').indexOf('/')

    this.application_name = val('application_name', config, 'PGAPPNAME')
    this.fallback_application_name = val('fallback_application_name', config, false)
    this.statement_timeout = val('statement_timeout', config, false)
    this.lock_timeout = val('lock_timeout', config, false)
    this.idle_in_transaction_session_timeout = val('idle_in_transaction_session_timeout', config, false)
    this.query_timeout = val('query_timeout', config, false)

    if (config.connectionTimeoutMillis === undefined) {
      this.connect_timeout = process.env.PGCONNECT_TIMEOUT || 0
    } else {
      this.connect_timeout = Math.floor(config.connectionTimeoutMillis / 1000)
    }

    if (config.keepAlive === false) {
      this.keepalives = 0
    } else if (config.keepAlive === true) {
      this.keepalives = 1
    }

    if (typeof config.keepAliveInitialDelayMillis === 'number') {
      this.keepalives_idle = Math.floor(config.keepAliveInitialDelayMillis / 1000)
    }
  }

  getLibpqConnectionString(cb) {
    const params = []
    add(params, this, 'user')
    add(params, this, 'password')
    add(params, this, 'port')
    add(params, this, 'application_name')
    add(params, this, 'fallback_application_name')
    add(params, this, 'connect_timeout')
    add(params, this, 'options')

    const ssl = typeof this.ssl === 'object' ? this.ssl : this.ssl ? { sslmode: this.ssl } : {}
    add(params, ssl, 'sslmode')
    add(params, ssl, 'sslca')
    add(params, ssl, 'sslkey')
    add(params, ssl, 'sslcert')
    add(params, ssl, 'sslrootcert')
    add(params, this, 'sslnegotiation')

    if (this.database) {
      params.push('dbname=' + quoteParamValue(this.database))
    }
    if (this.replication) {
      params.push('replication=' + quoteParamValue(this.replication))
    }
    if (this.host) {
      params.push('host=' + quoteParamValue(this.host))
    }
    if (this.isDomainSocket) {
      return cb(null, params.join(' '))
    }
    if (this.client_encoding) {
      params.push('client_encoding=' + quoteParamValue(this.client_encoding))
    }
    dns.lookup(this.host, function (err, address) {
      if (err) return cb(err, null)
      params.push('hostaddr=' + quoteParamValue(address))
      return cb(null, params.join(' '))
    })
  }
}

module.exports = ConnectionParameters


/***/ }),

/***/ 9809:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const EventEmitter = (__nccwpck_require__(24434).EventEmitter)

const { parse, serialize } = __nccwpck_require__(74233)
const stream = __nccwpck_require__(30829)
const { getStream } = stream

const flushBuffer = serialize.flush()
const syncBuffer = serialize.sync()
const endBuffer = serialize.end()

// TODO(bmc) support binary mode at some point
class Connection extends EventEmitter {
  constructor(config) {
    super()
    config = config || {}

    this.stream = config.stream || getStream(config.ssl)
    if (typeof this.stream === 'function') {
      this.stream = this.stream(config)
    }

    this._keepAlive = config.keepAlive
    this._keepAliveInitialDelayMillis = config.keepAliveInitialDelayMillis
    this.parsedStatements = {}
    this.submittedNamedStatements = {}
    this.ssl = config.ssl || false
    this.sslNegotiation = config.sslNegotiation || 'postgres'
    this._ending = false
    this._emitMessage = false
    const self = this
    this.on('newListener', function (eventName) {
      if (eventName === 'message') {
        self._emitMessage = true
      }
    })
  }

  connect(port, host) {
    const self = this

    this._connecting = true
    this.stream.setNoDelay(true)
    this.stream.connect(port, host)

    this.stream.once('connect', function () {
      if (self._keepAlive) {
        self.stream.setKeepAlive(true, self._keepAliveInitialDelayMillis)
      }
      self.emit('connect')
    })

    const reportStreamError = function (error) {
      // errors about disconnections should be ignored during disconnect
      if (self._ending && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) {
        return
      }
      self.emit('error', error)
    }
    this.stream.on('error', reportStreamError)

    this.stream.on('close', function () {
      self.emit('end')
    })

    if (!this.ssl) {
      return this.attachListeners(this.stream)
    }

    // With direct SSL negotiation the TLS handshake starts immediately on the
    // raw socket, skipping the SSLRequest packet and the server's 'S'/'N' reply.
    if (this.sslNegotiation === 'direct') {
      return this.stream.once('connect', function () {
        self.upgradeToSSL(host, reportStreamError)
      })
    }

    this.stream.once('data', function (buffer) {
      const responseCode = buffer.toString('utf8')
      switch (responseCode) {
        case 'S': // Server supports SSL connections, continue with a secure connection
          break
        case 'N': // Server does not support SSL connections
          self.stream.end()
          return self.emit('error', new Error('The server does not support SSL connections'))
        default:
          // Any other response byte, including 'E' (ErrorResponse) indicating a server error
          self.stream.end()
          return self.emit('error', new Error('There was an error establishing an SSL connection'))
      }
      self.upgradeToSSL(host, reportStreamError)
    })
  }

  upgradeToSSL(host, reportStreamError) {
    const self = this
    const options = {
      socket: self.stream,
      // tls.connect checks the server identity against `servername`, falling
      // back to `host` and then to 'localhost'. `servername` must stay unset
      // for IP addresses (see below), so `host` is needed to keep certificate
      // validation working when connecting to an IP address.
      host,
    }

    if (self.ssl !== true) {
      Object.assign(options, self.ssl)

      if ('key' in self.ssl) {
        options.key = self.ssl.key
      }
    }

    // Direct SSL negotiation requires ALPN so the server can confirm it is
    // speaking the PostgreSQL protocol over the TLS connection.
    if (self.sslNegotiation === 'direct') {
      options.ALPNProtocols = ['postgresql']
    }

    // SNI must not be set to an IP address (RFC 6066 section 3)
    const net = __nccwpck_require__(69278)
    if (net.isIP && net.isIP(host) === 0) {
      options.servername = host
    }
    try {
      self.stream = stream.getSecureStream(options)
    } catch (err) {
      return self.emit('error', err)
    }
    self.attachListeners(self.stream)
    self.stream.on('error', reportStreamError)

    self.emit('sslconnect')
  }

  attachListeners(stream) {
    parse(stream, (msg) => {
      const eventName = msg.name === 'error' ? 'errorMessage' : msg.name
      if (this._emitMessage) {
        this.emit('message', msg)
      }
      this.emit(eventName, msg)
    })
  }

  requestSsl() {
    this.stream.write(serialize.requestSsl())
  }

  startup(config) {
    this.stream.write(serialize.startup(config))
  }

  cancel(processID, secretKey) {
    this._send(serialize.cancel(processID, secretKey))
  }

  password(password) {
    this._send(serialize.password(password))
  }

  sendSASLInitialResponseMessage(mechanism, initialResponse) {
    this._send(serialize.sendSASLInitialResponseMessage(mechanism, initialResponse))
  }

  sendSCRAMClientFinalMessage(additionalData) {
    this._send(serialize.sendSCRAMClientFinalMessage(additionalData))
  }

  _send(buffer) {
    if (!this.stream.writable) {
      return false
    }
    return this.stream.write(buffer)
  }

  query(text) {
    this._send(serialize.query(text))
  }

  // send parse message
  parse(query) {
    this._send(serialize.parse(query))
  }

  // send bind message
  bind(config) {
    this._send(serialize.bind(config))
  }

  // send execute message
  execute(config) {
    this._send(serialize.execute(config))
  }

  flush() {
    if (this.stream.writable) {
      this.stream.write(flushBuffer)
    }
  }

  sync() {
    // Sync is the extended-query protocol barrier, not a disconnect.
    // Only end()/Terminate (and connect-timeout teardown) should set _ending.
    this._send(syncBuffer)
  }

  ref() {
    this.stream.ref()
  }

  unref() {
    this.stream.unref()
  }

  end() {
    // 0x58 = 'X'
    this._ending = true
    if (!this._connecting || !this.stream.writable) {
      this.stream.end()
      return
    }
    return this.stream.write(endBuffer, () => {
      this.stream.end()
    })
  }

  close(msg) {
    this._send(serialize.close(msg))
  }

  describe(msg) {
    this._send(serialize.describe(msg))
  }

  sendCopyFromChunk(chunk) {
    this._send(serialize.copyData(chunk))
  }

  endCopyFrom() {
    this._send(serialize.copyDone())
  }

  sendCopyFail(msg) {
    this._send(serialize.copyFail(msg))
  }
}

module.exports = Connection


/***/ }),

/***/ 9765:
/***/ ((module) => {

function x509Error(msg, cert) {
  return new Error('SASL channel binding: ' + msg + ' when parsing public certificate ' + cert.toString('base64'))
}

function readASN1Length(data, index) {
  let length = data[index++]
  if (length < 0x80) return { length, index }

  const lengthBytes = length & 0x7f
  if (lengthBytes > 4) throw x509Error('bad length', data)

  length = 0
  for (let i = 0; i < lengthBytes; i++) {
    length = (length << 8) | data[index++]
  }

  return { length, index }
}

function readASN1OID(data, index) {
  if (data[index++] !== 0x6) throw x509Error('non-OID data', data) // 6 = OID

  const { length: OIDLength, index: indexAfterOIDLength } = readASN1Length(data, index)
  index = indexAfterOIDLength
  const lastIndex = index + OIDLength

  const byte1 = data[index++]
  let oid = ((byte1 / 40) >> 0) + '.' + (byte1 % 40)

  while (index < lastIndex) {
    // loop over numbers in OID
    let value = 0
    while (index < lastIndex) {
      // loop over bytes in number
      const nextByte = data[index++]
      value = (value << 7) | (nextByte & 0x7f)
      if (nextByte < 0x80) break
    }
    oid += '.' + value
  }

  return { oid, index }
}

function expectASN1Seq(data, index) {
  if (data[index++] !== 0x30) throw x509Error('non-sequence data', data) // 30 = Sequence
  return readASN1Length(data, index)
}

function signatureAlgorithmHashFromCertificate(data, index) {
  // read this thread: https://www.postgresql.org/message-id/17760-b6c61e752ec07060%40postgresql.org
  if (index === undefined) index = 0
  index = expectASN1Seq(data, index).index
  const { length: certInfoLength, index: indexAfterCertInfoLength } = expectASN1Seq(data, index)
  index = indexAfterCertInfoLength + certInfoLength // skip over certificate info
  index = expectASN1Seq(data, index).index // skip over signature length field
  const { oid, index: indexAfterOID } = readASN1OID(data, index)
  switch (oid) {
    // RSA
    case '1.2.840.113549.1.1.4':
      return 'MD5'
    case '1.2.840.113549.1.1.5':
      return 'SHA-1'
    case '1.2.840.113549.1.1.11':
      return 'SHA-256'
    case '1.2.840.113549.1.1.12':
      return 'SHA-384'
    case '1.2.840.113549.1.1.13':
      return 'SHA-512'
    case '1.2.840.113549.1.1.14':
      return 'SHA-224'
    case '1.2.840.113549.1.1.15':
      return 'SHA512-224'
    case '1.2.840.113549.1.1.16':
      return 'SHA512-256'
    // ECDSA
    case '1.2.840.10045.4.1':
      return 'SHA-1'
    case '1.2.840.10045.4.3.1':
      return 'SHA-224'
    case '1.2.840.10045.4.3.2':
      return 'SHA-256'
    case '1.2.840.10045.4.3.3':
      return 'SHA-384'
    case '1.2.840.10045.4.3.4':
      return 'SHA-512'
    // RSASSA-PSS: hash is indicated separately
    case '1.2.840.113549.1.1.10': {
      index = indexAfterOID
      index = expectASN1Seq(data, index).index
      if (data[index++] !== 0xa0) throw x509Error('non-tag data', data) // a0 = constructed tag 0
      index = readASN1Length(data, index).index // skip over tag length field
      index = expectASN1Seq(data, index).index // skip over sequence length field
      const { oid: hashOID } = readASN1OID(data, index)
      switch (hashOID) {
        // standalone hash OIDs
        case '1.2.840.113549.2.5':
          return 'MD5'
        case '1.3.14.3.2.26':
          return 'SHA-1'
        case '2.16.840.1.101.3.4.2.1':
          return 'SHA-256'
        case '2.16.840.1.101.3.4.2.2':
          return 'SHA-384'
        case '2.16.840.1.101.3.4.2.3':
          return 'SHA-512'
      }
      throw x509Error('unknown hash OID ' + hashOID, data)
    }
    // Ed25519 -- see https://github.com/openssl/openssl/issues/15477
    case '1.3.101.110':
    case '1.3.101.112': // ph
      return 'SHA-512'
    // Ed448 -- still not in pg 17.2 (if supported, digest would be SHAKE256 x 64 bytes)
    case '1.3.101.111':
    case '1.3.101.113': // ph
      throw x509Error('Ed448 certificate channel binding is not currently supported by Postgres')
  }
  throw x509Error('unknown OID ' + oid, data)
}

module.exports = { signatureAlgorithmHashFromCertificate }


/***/ }),

/***/ 20948:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const crypto = __nccwpck_require__(84150)
const { signatureAlgorithmHashFromCertificate } = __nccwpck_require__(9765)

// SASLprep (RFC 4013) — minimal in-tree implementation.
//
// Per RFC 5802 §2.2, the SCRAM-SHA-256 client must normalize the password via
// SASLprep before feeding it into PBKDF2. PostgreSQL's server applies the same
// SASLprep when computing the stored verifier, and libpq does the same client
// side, so passwords whose NFKC form differs from the raw form
// would otherwise authenticate against psql/libpq but fail against pg with `28P01`.
//
// We deliberately implement only the three steps that change the byte content:
//   1. RFC 3454 Table C.1.2 (non-ASCII space) → U+0020 SPACE.
//   2. RFC 3454 Table B.1 (commonly mapped to nothing) → empty.
//   3. NFKC normalization.
// We skip the prohibition (RFC 4013 §2.3) and bidi (RFC 3454 §6) checks.
// libpq is forgiving on those paths and Postgres's own SASLprep matches that
// leniency for legacy roles, so omitting the rejection logic keeps existing
// roles working without adding complexity.
function saslprep(password) {
  // RFC 3454 Table C.1.2 — non-ASCII space characters, mapped to U+0020.
  const nonAsciiSpace = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g
  // RFC 3454 Table B.1 — "commonly mapped to nothing". The set intentionally
  // contains zero-width joiners and variation selectors — the very characters
  // ESLint's no-misleading-character-class warns about — because they combine
  // with their neighbors and the RFC strips them for that reason.
  // eslint-disable-next-line no-misleading-character-class
  const mappedToNothing = /[\u00AD\u034F\u1806\u180B\u180C\u180D\u200C\u200D\u2060\uFE00-\uFE0F\uFEFF]/g
  return password.replace(nonAsciiSpace, ' ').replace(mappedToNothing, '').normalize('NFKC')
}

const DEFAULT_MAX_SCRAM_ITERATIONS = 100000

function startSession(mechanisms, stream, scramMaxIterations = DEFAULT_MAX_SCRAM_ITERATIONS) {
  const candidates = ['SCRAM-SHA-256']
  if (stream) candidates.unshift('SCRAM-SHA-256-PLUS') // higher-priority, so placed first

  const mechanism = candidates.find((candidate) => mechanisms.includes(candidate))

  if (!mechanism) {
    throw new Error('SASL: Only mechanism(s) ' + candidates.join(' and ') + ' are supported')
  }

  if (mechanism === 'SCRAM-SHA-256-PLUS' && typeof stream.getPeerCertificate !== 'function') {
    // this should never happen if we are really talking to a Postgres server
    throw new Error('SASL: Mechanism SCRAM-SHA-256-PLUS requires a certificate')
  }

  const clientNonce = crypto.randomBytes(18).toString('base64')
  const gs2Header = mechanism === 'SCRAM-SHA-256-PLUS' ? 'p=tls-server-end-point' : stream ? 'y' : 'n'

  return {
    mechanism,
    clientNonce,
    response: gs2Header + ',,n=*,r=' + clientNonce,
    message: 'SASLInitialResponse',
    scramMaxIterations,
  }
}

async function continueSession(session, password, serverData, stream) {
  if (session.message !== 'SASLInitialResponse') {
    throw new Error('SASL: Last message was not SASLInitialResponse')
  }
  if (typeof password !== 'string') {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string')
  }
  if (password === '') {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a non-empty string')
  }
  if (typeof serverData !== 'string') {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: serverData must be a string')
  }

  const sv = parseServerFirstMessage(serverData)

  if (!sv.nonce.startsWith(session.clientNonce)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce does not start with client nonce')
  } else if (sv.nonce.length === session.clientNonce.length) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce is too short')
  }

  const scramMaxIterations =
    typeof session.scramMaxIterations === 'number' ? session.scramMaxIterations : DEFAULT_MAX_SCRAM_ITERATIONS
  // a value of 0 disables the iteration count check
  if (scramMaxIterations !== 0 && sv.iteration > scramMaxIterations) {
    throw new Error(
      'SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration count ' +
        sv.iteration +
        ' exceeds scramMaxIterations of ' +
        scramMaxIterations
    )
  }

  const clientFirstMessageBare = 'n=*,r=' + session.clientNonce
  const serverFirstMessage = 'r=' + sv.nonce + ',s=' + sv.salt + ',i=' + sv.iteration

  // without channel binding:
  let channelBinding = stream ? 'eSws' : 'biws' // 'y,,' or 'n,,', base64-encoded

  // override if channel binding is in use:
  if (session.mechanism === 'SCRAM-SHA-256-PLUS') {
    const peerCert = stream.getPeerCertificate().raw
    let hashName = signatureAlgorithmHashFromCertificate(peerCert)
    if (hashName === 'MD5' || hashName === 'SHA-1') hashName = 'SHA-256'
    const certHash = await crypto.hashByName(hashName, peerCert)
    const bindingData = Buffer.concat([Buffer.from('p=tls-server-end-point,,'), Buffer.from(certHash)])
    channelBinding = bindingData.toString('base64')
  }

  const clientFinalMessageWithoutProof = 'c=' + channelBinding + ',r=' + sv.nonce
  const authMessage = clientFirstMessageBare + ',' + serverFirstMessage + ',' + clientFinalMessageWithoutProof

  const saltBytes = Buffer.from(sv.salt, 'base64')
  const saltedPassword = await crypto.deriveKey(saslprep(password), saltBytes, sv.iteration)
  const clientKey = await crypto.hmacSha256(saltedPassword, 'Client Key')
  const storedKey = await crypto.sha256(clientKey)
  const clientSignature = await crypto.hmacSha256(storedKey, authMessage)
  const clientProof = xorBuffers(Buffer.from(clientKey), Buffer.from(clientSignature)).toString('base64')
  const serverKey = await crypto.hmacSha256(saltedPassword, 'Server Key')
  const serverSignatureBytes = await crypto.hmacSha256(serverKey, authMessage)

  session.message = 'SASLResponse'
  session.serverSignature = Buffer.from(serverSignatureBytes).toString('base64')
  session.response = clientFinalMessageWithoutProof + ',p=' + clientProof
}

function finalizeSession(session, serverData) {
  if (session.message !== 'SASLResponse') {
    throw new Error('SASL: Last message was not SASLResponse')
  }
  if (typeof serverData !== 'string') {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: serverData must be a string')
  }

  const { serverSignature } = parseServerFinalMessage(serverData)

  if (serverSignature !== session.serverSignature) {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature does not match')
  }
}

/**
 * printable       = %x21-2B / %x2D-7E
 *                   ;; Printable ASCII except ",".
 *                   ;; Note that any "printable" is also
 *                   ;; a valid "value".
 */
function isPrintableChars(text) {
  if (typeof text !== 'string') {
    throw new TypeError('SASL: text must be a string')
  }
  return text
    .split('')
    .map((_, i) => text.charCodeAt(i))
    .every((c) => (c >= 0x21 && c <= 0x2b) || (c >= 0x2d && c <= 0x7e))
}

/**
 * base64-char     = ALPHA / DIGIT / "/" / "+"
 *
 * base64-4        = 4base64-char
 *
 * base64-3        = 3base64-char "="
 *
 * base64-2        = 2base64-char "=="
 *
 * base64          = *base64-4 [base64-3 / base64-2]
 */
function isBase64(text) {
  return /^(?:[a-zA-Z0-9+/]{4})*(?:[a-zA-Z0-9+/]{2}==|[a-zA-Z0-9+/]{3}=)?$/.test(text)
}

function parseAttributePairs(text) {
  if (typeof text !== 'string') {
    throw new TypeError('SASL: attribute pairs text must be a string')
  }

  return new Map(
    text.split(',').map((attrValue) => {
      if (!/^.=/.test(attrValue)) {
        throw new Error('SASL: Invalid attribute pair entry')
      }
      const name = attrValue[0]
      const value = attrValue.substring(2)
      return [name, value]
    })
  )
}

function parseServerFirstMessage(data) {
  const attrPairs = parseAttributePairs(data)

  const nonce = attrPairs.get('r')
  if (!nonce) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce missing')
  } else if (!isPrintableChars(nonce)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce must only contain printable characters')
  }
  const salt = attrPairs.get('s')
  if (!salt) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: salt missing')
  } else if (!isBase64(salt)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: salt must be base64')
  }
  const iterationText = attrPairs.get('i')
  if (!iterationText) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration missing')
  } else if (!/^[1-9][0-9]*$/.test(iterationText)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: invalid iteration count')
  }
  const iteration = parseInt(iterationText, 10)

  return {
    nonce,
    salt,
    iteration,
  }
}

function parseServerFinalMessage(serverData) {
  const attrPairs = parseAttributePairs(serverData)
  const error = attrPairs.get('e')
  const serverSignature = attrPairs.get('v')

  if (error) {
    throw new Error(`SASL: SCRAM-SERVER-FINAL-MESSAGE: server returned error: "${error}"`)
  }

  if (!serverSignature) {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature is missing')
  } else if (!isBase64(serverSignature)) {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature must be base64')
  }
  return {
    serverSignature,
  }
}

function xorBuffers(a, b) {
  if (!Buffer.isBuffer(a)) {
    throw new TypeError('first argument must be a Buffer')
  }
  if (!Buffer.isBuffer(b)) {
    throw new TypeError('second argument must be a Buffer')
  }
  if (a.length !== b.length) {
    throw new Error('Buffer lengths must match')
  }
  if (a.length === 0) {
    throw new Error('Buffers cannot be empty')
  }
  return Buffer.from(a.map((_, i) => a[i] ^ b[i]))
}

module.exports = {
  startSession,
  continueSession,
  finalizeSession,
  DEFAULT_MAX_SCRAM_ITERATIONS,
}


/***/ }),

/***/ 84150:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const nodeCrypto = __nccwpck_require__(76982)

module.exports = {
  postgresMd5PasswordHash,
  randomBytes,
  deriveKey,
  sha256,
  hashByName,
  hmacSha256,
  md5,
}

/**
 * The Web Crypto API - grabbed from the Node.js library or the global
 * @type Crypto
 */
// eslint-disable-next-line no-undef
const webCrypto = nodeCrypto.webcrypto || globalThis.crypto
/**
 * The SubtleCrypto API for low level crypto operations.
 * @type SubtleCrypto
 */
const subtleCrypto = webCrypto.subtle
const textEncoder = new TextEncoder()

/**
 *
 * @param {*} length
 * @returns
 */
function randomBytes(length) {
  return webCrypto.getRandomValues(Buffer.alloc(length))
}

async function md5(string) {
  try {
    return nodeCrypto.createHash('md5').update(string, 'utf-8').digest('hex')
  } catch (e) {
    // `createHash()` failed so we are probably not in Node.js, use the WebCrypto API instead.
    // Note that the MD5 algorithm on WebCrypto is not available in Node.js.
    // This is why we cannot just use WebCrypto in all environments.
    const data = typeof string === 'string' ? textEncoder.encode(string) : string
    const hash = await subtleCrypto.digest('MD5', data)
    return Array.from(new Uint8Array(hash))
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('')
  }
}

// See AuthenticationMD5Password at https://www.postgresql.org/docs/current/static/protocol-flow.html
async function postgresMd5PasswordHash(user, password, salt) {
  const inner = await md5(password + user)
  const outer = await md5(Buffer.concat([Buffer.from(inner), salt]))
  return 'md5' + outer
}

/**
 * Create a SHA-256 digest of the given data
 * @param {Buffer} data
 */
async function sha256(text) {
  return await subtleCrypto.digest('SHA-256', text)
}

async function hashByName(hashName, text) {
  return await subtleCrypto.digest(hashName, text)
}

/**
 * Sign the message with the given key
 * @param {ArrayBuffer} keyBuffer
 * @param {string} msg
 */
async function hmacSha256(keyBuffer, msg) {
  const key = await subtleCrypto.importKey('raw', keyBuffer, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  return await subtleCrypto.sign('HMAC', key, textEncoder.encode(msg))
}

/**
 * Derive a key from the password and salt
 * @param {string} password
 * @param {Uint8Array} salt
 * @param {number} iterations
 */
async function deriveKey(password, salt, iterations) {
  const key = await subtleCrypto.importKey('raw', textEncoder.encode(password), 'PBKDF2', false, ['deriveBits'])
  const params = { name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: iterations }
  return await subtleCrypto.deriveBits(params, key, 32 * 8, ['deriveBits'])
}


/***/ }),

/***/ 68995:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



let user
try {
  user = process.platform === 'win32' ? process.env.USERNAME : process.env.USER
} catch {
  // ignore, e.g., Deno without --allow-env
}

module.exports = {
  // database host. defaults to localhost
  host: 'localhost',

  // database user's name
  user,

  // name of database to connect
  database: undefined,

  // database user's password
  password: null,

  // a Postgres connection string to be used instead of setting individual connection items
  // NOTE:  Setting this value will cause it to override any other value (such as database or user) defined
  // in the defaults object.
  connectionString: undefined,

  // database port
  port: 5432,

  // number of rows to return at a time from a prepared statement's
  // portal. 0 will return all rows at once
  rows: 0,

  // binary result mode
  binary: false,

  // Connection pool options - see https://github.com/brianc/node-pg-pool

  // number of connections to use in connection pool
  // 0 will disable connection pooling
  max: 10,

  // max milliseconds a client can go unused before it is removed
  // from the pool and destroyed
  idleTimeoutMillis: 30000,

  client_encoding: '',

  ssl: false,

  // SSL negotiation style: 'postgres' (traditional SSLRequest) or 'direct'
  sslnegotiation: undefined,

  application_name: undefined,

  fallback_application_name: undefined,

  options: undefined,

  parseInputDatesAsUTC: false,

  // max milliseconds any query using this connection will execute for before timing out in error.
  // false=unlimited
  statement_timeout: false,

  // Abort any statement that waits longer than the specified duration in milliseconds while attempting to acquire a lock.
  // false=unlimited
  lock_timeout: false,

  // Terminate any session with an open transaction that has been idle for longer than the specified duration in milliseconds
  // false=unlimited
  idle_in_transaction_session_timeout: false,

  // max milliseconds to wait for query to complete (client side)
  query_timeout: false,

  connect_timeout: 0,

  keepalives: 1,

  keepalives_idle: 0,
}

const pgTypes = __nccwpck_require__(11549)
// save default parsers
const parseBigInteger = pgTypes.getTypeParser(20, 'text')
const parseBigIntegerArray = pgTypes.getTypeParser(1016, 'text')

// parse int8 so you can get your count values as actual numbers
module.exports.__defineSetter__('parseInt8', function (val) {
  pgTypes.setTypeParser(20, 'text', val ? pgTypes.getTypeParser(23, 'text') : parseBigInteger)
  pgTypes.setTypeParser(1016, 'text', val ? pgTypes.getTypeParser(1007, 'text') : parseBigIntegerArray)
})


/***/ }),

/***/ 13273:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Client = __nccwpck_require__(75042)
const defaults = __nccwpck_require__(68995)
const Connection = __nccwpck_require__(9809)
const Result = __nccwpck_require__(26424)
const utils = __nccwpck_require__(69652)
const Pool = __nccwpck_require__(17558)
const TypeOverrides = __nccwpck_require__(50365)
const { DatabaseError } = __nccwpck_require__(74233)
const { escapeIdentifier, escapeLiteral } = __nccwpck_require__(69652)

const poolFactory = (Client) => {
  return class BoundPool extends Pool {
    constructor(options) {
      super(options, Client)
    }
  }
}

const PG = function (clientConstructor) {
  this.defaults = defaults
  this.Client = clientConstructor
  this.Query = this.Client.Query
  this.Pool = poolFactory(this.Client)
  this._pools = []
  this.Connection = Connection
  this.types = __nccwpck_require__(11549)
  this.DatabaseError = DatabaseError
  this.TypeOverrides = TypeOverrides
  this.escapeIdentifier = escapeIdentifier
  this.escapeLiteral = escapeLiteral
  this.Result = Result
  this.utils = utils
}

let clientConstructor = Client

let forceNative = false
try {
  forceNative = !!process.env.NODE_PG_FORCE_NATIVE
} catch {
  // ignore, e.g., Deno without --allow-env
}

if (forceNative) {
  clientConstructor = __nccwpck_require__(45301)
}

module.exports = new PG(clientConstructor)

// lazy require native module...the native module may not have installed
Object.defineProperty(module.exports, "native", ({
  configurable: true,
  enumerable: false,
  get() {
    let native = null
    try {
      native = new PG(__nccwpck_require__(45301))
    } catch (err) {
      if (err.code !== 'MODULE_NOT_FOUND') {
        throw err
      }
    }

    // overwrite module.exports.native so that getter is never called again
    Object.defineProperty(module.exports, "native", ({
      value: native,
    }))

    return native
  },
}))


/***/ }),

/***/ 28942:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const nodeUtils = __nccwpck_require__(39023)
// eslint-disable-next-line
var Native
// eslint-disable-next-line no-useless-catch
try {
  // Wrap this `require()` in a try-catch to avoid upstream bundlers from complaining that this might not be available since it is an optional import
  Native = __nccwpck_require__(84390)
} catch (e) {
  throw e
}
const TypeOverrides = __nccwpck_require__(50365)
const EventEmitter = (__nccwpck_require__(24434).EventEmitter)
const util = __nccwpck_require__(39023)
const ConnectionParameters = __nccwpck_require__(646)

const NativeQuery = __nccwpck_require__(17581)

const queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead.'
)

const Client = (module.exports = function (config) {
  EventEmitter.call(this)
  config = config || {}

  this._Promise = config.Promise || global.Promise
  this._types = new TypeOverrides(config.types)

  this.native = new Native({
    types: this._types,
  })

  this._queryQueue = []
  this._ending = false
  this._connecting = false
  this._connected = false
  this._queryable = true
  this.pipeline = Boolean(config.pipeline)
  this._pipelineInFlight = false

  // keep these on the object for legacy reasons
  // for the time being. TODO: deprecate all this jazz
  const cp = (this.connectionParameters = new ConnectionParameters(config))
  if (config.nativeConnectionString) cp.nativeConnectionString = config.nativeConnectionString
  this.user = cp.user

  // "hiding" the password so it doesn't show up in stack traces
  // or if the client is console.logged
  Object.defineProperty(this, 'password', {
    configurable: true,
    enumerable: false,
    writable: true,
    value: cp.password,
  })
  this.database = cp.database
  this.host = cp.host
  this.port = cp.port

  // a hash to hold named queries
  this.namedQueries = {}
})

Client.Query = NativeQuery

util.inherits(Client, EventEmitter)

Client.prototype._errorAllQueries = function (err) {
  const enqueueError = (query) => {
    process.nextTick(() => {
      query.native = this.native
      query.handleError(err)
    })
  }

  if (this._hasActiveQuery()) {
    enqueueError(this._activeQuery)
    this._activeQuery = null
  }

  this._queryQueue.forEach(enqueueError)
  this._queryQueue.length = 0
}

// connect to the backend
// pass an optional callback to be called once connected
// or with an error if there was a connection error
Client.prototype._connect = function (cb) {
  const self = this

  if (this._connecting) {
    process.nextTick(() => cb(new Error('Client has already been connected. You cannot reuse a client.')))
    return
  }

  this._connecting = true

  this.connectionParameters.getLibpqConnectionString(function (err, conString) {
    if (self.connectionParameters.nativeConnectionString) conString = self.connectionParameters.nativeConnectionString
    if (err) return cb(err)
    self.native.connect(conString, function (err) {
      if (err) {
        self.native.end()
        return cb(err)
      }

      // set internal states to connected
      self._connected = true

      // handle connection errors from the native layer
      self.native.on('error', function (err) {
        self._queryable = false
        self._errorAllQueries(err)
        self.emit('error', err)
      })

      self.native.on('notification', function (msg) {
        self.emit('notification', {
          channel: msg.relname,
          payload: msg.extra,
        })
      })

      // signal we are connected now
      self.emit('connect')
      self._pulseQueryQueue(true)

      cb(null, this)
    })
  })
}

Client.prototype.connect = function (callback) {
  if (callback) {
    this._connect(callback)
    return
  }

  return new this._Promise((resolve, reject) => {
    this._connect((error) => {
      if (error) {
        reject(error)
      } else {
        resolve(this)
      }
    })
  })
}

// send a query to the server
// this method is highly overloaded to take
// 1) string query, optional array of parameters, optional function callback
// 2) object query with {
//    string query
//    optional array values,
//    optional function callback instead of as a separate parameter
//    optional string name to name & cache the query plan
//    optional string rowMode = 'array' for an array of results
//  }
Client.prototype.query = function (config, values, callback) {
  let query
  let result
  let readTimeout
  let readTimeoutTimer
  let queryCallback

  if (config === null || config === undefined) {
    throw new TypeError('Client was passed a null or undefined query')
  } else if (typeof config.submit === 'function') {
    readTimeout = config.query_timeout || this.connectionParameters.query_timeout
    result = query = config
    // accept query(new Query(...), (err, res) => { }) style
    if (typeof values === 'function') {
      config.callback = values
    }
  } else {
    readTimeout = config.query_timeout || this.connectionParameters.query_timeout
    query = new NativeQuery(config, values, callback)
    if (!query.callback) {
      let resolveOut, rejectOut
      result = new this._Promise((resolve, reject) => {
        resolveOut = resolve
        rejectOut = reject
      }).catch((err) => {
        Error.captureStackTrace(err)
        throw err
      })
      query.callback = (err, res) => (err ? rejectOut(err) : resolveOut(res))
    }
  }

  if (readTimeout) {
    queryCallback = query.callback || (() => {})

    readTimeoutTimer = setTimeout(() => {
      const error = new Error('Query read timeout')

      process.nextTick(() => {
        query.handleError(error, this.connection)
      })

      queryCallback(error)

      // we already returned an error,
      // just do nothing if query completes
      query.callback = () => {}

      // Remove from queue
      const index = this._queryQueue.indexOf(query)
      if (index > -1) {
        this._queryQueue.splice(index, 1)
      }

      this._pulseQueryQueue()
    }, readTimeout)

    query.callback = (err, res) => {
      clearTimeout(readTimeoutTimer)
      queryCallback(err, res)
    }
  }

  if (!this._queryable) {
    query.native = this.native
    process.nextTick(() => {
      query.handleError(new Error('Client has encountered a connection error and is not queryable'))
    })
    return result
  }

  if (this._ending) {
    query.native = this.native
    process.nextTick(() => {
      query.handleError(new Error('Client was closed and is not queryable'))
    })
    return result
  }

  if (this._queryQueue.length > 0 && !this.pipeline) {
    queryQueueLengthDeprecationNotice()
  }

  this._queryQueue.push(query)
  this._pulseQueryQueue()
  return result
}

// disconnect from the backend server
Client.prototype.end = function (cb) {
  const self = this

  this._ending = true

  if (this._connecting && !this._connected) {
    this.once('connect', () => {
      this.end(() => {})
    })
  }
  let result
  if (!cb) {
    result = new this._Promise(function (resolve, reject) {
      cb = (err) => (err ? reject(err) : resolve())
    })
  }

  const doEnd = function () {
    self.native.end(function () {
      self._connected = false

      self._errorAllQueries(new Error('Connection terminated'))

      process.nextTick(() => {
        self.emit('end')
        if (cb) cb()
      })
    })
  }

  // If pipeline has in-flight or queued queries, wait for them to drain before closing
  if (this.pipeline && (this._pipelineInFlight || this._queryQueue.length > 0)) {
    this.once('drain', doEnd)
  } else {
    doEnd()
  }
  return result
}

Client.prototype._hasActiveQuery = function () {
  return this._activeQuery && this._activeQuery.state !== 'error' && this._activeQuery.state !== 'end'
}

Client.prototype._pulseQueryQueue = function (initialConnection) {
  if (!this._connected) {
    return
  }
  if (this.pipeline && !initialConnection) {
    return this._pulsePipelinedQueryQueue()
  }
  if (this._hasActiveQuery()) {
    return
  }
  const query = this._queryQueue.shift()
  if (!query) {
    if (!initialConnection) {
      this.emit('drain')
    }
    return
  }
  this._activeQuery = query
  query.submit(this)
  const self = this
  query.once('_done', function () {
    self._pulseQueryQueue()
  })
}

Client.prototype._pulsePipelinedQueryQueue = function () {
  if (!this._connected || this._pipelineInFlight) {
    return
  }
  if (this._queryQueue.length === 0) {
    if (this.hasExecuted) {
      this.emit('drain')
    }
    return
  }

  this._pipelineInFlight = true
  const self = this
  const queries = []
  const nativeQueries = []
  const utils = __nccwpck_require__(69652)

  while (this._queryQueue.length > 0) {
    const query = this._queryQueue.shift()
    this.hasExecuted = true
    nativeQueries.push(query)

    const values = query.values ? query.values.map(utils.prepareValue) : null
    const pipelineEntry = { text: query.text, name: query.name, arrayMode: query._arrayMode }
    if (values) {
      pipelineEntry.values = values
    }
    if (query.name && this.namedQueries[query.name]) {
      pipelineEntry._alreadyPrepared = true
    }
    queries.push(pipelineEntry)
  }

  this.native.pipeline(queries, function (err, results) {
    self._pipelineInFlight = false

    if (err) {
      // Total pipeline failure. Per-query errors arrive on results[i].err, so reaching here means
      // the connection itself is gone: mark it unusable and say so, the way the JS client and the
      // non-pipelined native path both do. Without this the client looks healthy after losing its
      // backend, a Pool never discards it, and everything routed to it fails one query at a time
      // for the life of the process.
      self._connected = false
      self._queryable = false
      for (let i = 0; i < nativeQueries.length; i++) {
        const q = nativeQueries[i]
        q.native = self.native
        q.handleError(err)
      }
      self._errorAllQueries(err)
      self.emit('error', err)
      self.emit('end')
      return
    }

    // Deliver results to each query
    for (let i = 0; i < nativeQueries.length; i++) {
      const q = nativeQueries[i]
      const r = results[i]
      q.native = self.native

      if (r.err) {
        q.handleError(r.err)
      } else {
        // Track named queries on success
        if (q.name) {
          self.namedQueries[q.name] = q.text
        }
        q.state = 'end'
        q.emit('end', r.result)
        if (q.callback) {
          q.callback(null, r.result)
        }
      }

      setImmediate(function () {
        q.emit('_done')
      })
    }

    // Process any queries that arrived while we were reading
    self._pulsePipelinedQueryQueue()
  })
}

// attempt to cancel an in-progress query
Client.prototype.cancel = function (query) {
  if (this._activeQuery === query) {
    this.native.cancel(function () {})
  } else if (this._queryQueue.indexOf(query) !== -1) {
    this._queryQueue.splice(this._queryQueue.indexOf(query), 1)
  }
}

Client.prototype.ref = function () {}
Client.prototype.unref = function () {}

Client.prototype.setTypeParser = function (oid, format, parseFn) {
  return this._types.setTypeParser(oid, format, parseFn)
}

Client.prototype.getTypeParser = function (oid, format) {
  return this._types.getTypeParser(oid, format)
}

Client.prototype.isConnected = function () {
  return this._connected
}

Client.prototype.getTransactionStatus = function () {
  return this.native.getTransactionStatus()
}


/***/ }),

/***/ 45301:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = __nccwpck_require__(28942)


/***/ }),

/***/ 17581:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const EventEmitter = (__nccwpck_require__(24434).EventEmitter)
const util = __nccwpck_require__(39023)
const utils = __nccwpck_require__(69652)

const NativeQuery = (module.exports = function (config, values, callback) {
  EventEmitter.call(this)
  config = utils.normalizeQueryConfig(config, values, callback)
  this.text = config.text
  this.values = config.values
  this.name = config.name
  this.queryMode = config.queryMode
  this.callback = config.callback
  this.state = 'new'
  this._arrayMode = config.rowMode === 'array'

  // if the 'row' event is listened for
  // then emit them as they come in
  // without setting singleRowMode to true
  // this has almost no meaning because libpq
  // reads all rows into memory before returning any
  this._emitRowEvents = false
  this.on(
    'newListener',
    function (event) {
      if (event === 'row') this._emitRowEvents = true
    }.bind(this)
  )
})

util.inherits(NativeQuery, EventEmitter)

const errorFieldMap = {
  sqlState: 'code',
  statementPosition: 'position',
  messagePrimary: 'message',
  messageDetail: 'detail',
  messageHint: 'hint',
  context: 'where',
  schemaName: 'schema',
  tableName: 'table',
  columnName: 'column',
  dataTypeName: 'dataType',
  constraintName: 'constraint',
  sourceFile: 'file',
  sourceLine: 'line',
  sourceFunction: 'routine',
}

NativeQuery.prototype.handleError = function (err) {
  // copy pq error fields into the error object
  const fields = this.native && this.native.pq.resultErrorFields()
  if (fields) {
    for (const key in fields) {
      const normalizedFieldName = errorFieldMap[key] || key
      err[normalizedFieldName] = fields[key]
    }
  }
  if (this.callback) {
    this.callback(err)
  } else {
    this.emit('error', err)
  }
  this.state = 'error'
}

NativeQuery.prototype.then = function (onSuccess, onFailure) {
  return this._getPromise().then(onSuccess, onFailure)
}

NativeQuery.prototype.catch = function (callback) {
  return this._getPromise().catch(callback)
}

NativeQuery.prototype._getPromise = function () {
  if (this._promise) return this._promise
  this._promise = new Promise(
    function (resolve, reject) {
      this._once('end', resolve)
      this._once('error', reject)
    }.bind(this)
  )
  return this._promise
}

NativeQuery.prototype.submit = function (client) {
  this.state = 'running'
  const self = this
  this.native = client.native
  client.native.arrayMode = this._arrayMode

  let after = function (err, rows, results) {
    client.native.arrayMode = false
    setImmediate(function () {
      self.emit('_done')
    })

    // handle possible query error
    if (err) {
      return self.handleError(err)
    }

    // emit row events for each row in the result
    if (self._emitRowEvents) {
      if (results.length > 1) {
        rows.forEach((rowOfRows, i) => {
          rowOfRows.forEach((row) => {
            self.emit('row', row, results[i])
          })
        })
      } else {
        rows.forEach(function (row) {
          self.emit('row', row, results)
        })
      }
    }

    // handle successful result
    self.state = 'end'
    self.emit('end', results)
    if (self.callback) {
      self.callback(null, results)
    }
  }

  if (process.domain) {
    after = process.domain.bind(after)
  }

  // named query
  if (this.name) {
    if (this.name.length > 63) {
      console.error('Warning! Postgres only supports 63 characters for query names.')
      console.error('You supplied %s (%s)', this.name, this.name.length)
      console.error('This can cause conflicts and silent errors executing queries')
    }
    const values = (this.values || []).map(utils.prepareValue)

    // check if the client has already executed this named query
    // if so...just execute it again - skip the planning phase
    if (client.namedQueries[this.name] !== undefined) {
      if (this.text && client.namedQueries[this.name] !== this.text) {
        const err = new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`)
        return after(err)
      }
      return client.native.execute(this.name, values, after)
    }
    // plan the named query the first time, then execute it
    return client.native.prepare(this.name, this.text, values.length, function (err) {
      if (err) return after(err)
      client.namedQueries[self.name] = self.text
      return self.native.execute(self.name, values, after)
    })
  } else if (this.values) {
    if (!Array.isArray(this.values)) {
      const err = new Error('Query values must be an array')
      return after(err)
    }
    const vals = this.values.map(utils.prepareValue)
    client.native.query(this.text, vals, after)
  } else if (this.queryMode === 'extended') {
    client.native.query(this.text, [], after)
  } else {
    client.native.query(this.text, after)
  }
}


/***/ }),

/***/ 84473:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { EventEmitter } = __nccwpck_require__(24434)

const Result = __nccwpck_require__(26424)
const utils = __nccwpck_require__(69652)

class Query extends EventEmitter {
  constructor(config, values, callback) {
    super()

    config = utils.normalizeQueryConfig(config, values, callback)

    this.text = config.text
    this.values = config.values
    this.rows = config.rows
    this.types = config.types
    this.name = config.name
    this.queryMode = config.queryMode
    this.binary = config.binary
    // use unique portal name each time
    this.portal = config.portal || ''
    this.callback = config.callback
    this._rowMode = config.rowMode
    if (process.domain && config.callback) {
      this.callback = process.domain.bind(config.callback)
    }
    this._result = new Result(this._rowMode, this.types)

    // potential for multiple results
    this._results = this._result
    this._canceledDueToError = false
  }

  requiresPreparation() {
    if (this.queryMode === 'extended') {
      return true
    }

    // named queries must always be prepared
    if (this.name) {
      return true
    }
    // always prepare if there are max number of rows expected per
    // portal execution
    if (this.rows) {
      return true
    }
    // don't prepare empty text queries
    if (!this.text) {
      return false
    }
    // prepare if there are values
    if (!this.values) {
      return false
    }
    return this.values.length > 0
  }

  _checkForMultirow() {
    // if we already have a result with a command property
    // then we've already executed one query in a multi-statement simple query
    // turn our results into an array of results
    if (this._result.command) {
      if (!Array.isArray(this._results)) {
        this._results = [this._result]
      }
      this._result = new Result(this._rowMode, this._result._types)
      this._results.push(this._result)
    }
  }

  // associates row metadata from the supplied
  // message with this query object
  // metadata used when parsing row results
  handleRowDescription(msg) {
    this._checkForMultirow()
    this._result.addFields(msg.fields)
    this._accumulateRows = this.callback || !this.listeners('row').length
  }

  handleDataRow(msg) {
    let row

    if (this._canceledDueToError) {
      return
    }

    try {
      row = this._result.parseRow(msg.fields)
    } catch (err) {
      this._canceledDueToError = err
      return
    }

    this.emit('row', row, this._result)
    if (this._accumulateRows) {
      this._result.addRow(row)
    }
  }

  handleCommandComplete(msg, connection) {
    this._checkForMultirow()
    this._result.addCommandComplete(msg)
    // need to sync after each command complete of a prepared statement
    // if we were using a row count which results in multiple calls to _getRows
    if (this.rows) {
      connection.sync()
    }
  }

  // if a named prepared statement is created with empty query text
  // the backend will send an emptyQuery message but *not* a command complete message
  // since we pipeline sync immediately after execute we don't need to do anything here
  // unless we have rows specified, in which case we did not pipeline the initial sync call
  handleEmptyQuery(connection) {
    if (this.rows) {
      connection.sync()
    }
  }

  handleError(err, connection) {
    // need to sync after error during a prepared statement
    if (this._canceledDueToError) {
      err = this._canceledDueToError
      this._canceledDueToError = false
    }
    // if callback supplied do not emit error event as uncaught error
    // events will bubble up to node process
    if (this.callback) {
      return this.callback(err)
    }
    this.emit('error', err)
  }

  handleReadyForQuery(con) {
    if (this._canceledDueToError) {
      return this.handleError(this._canceledDueToError, con)
    }
    if (this.callback) {
      try {
        this.callback(null, this._results)
      } catch (err) {
        process.nextTick(() => {
          throw err
        })
      }
    }
    this.emit('end', this._results)
  }

  submit(connection) {
    if (typeof this.text !== 'string' && typeof this.name !== 'string') {
      return new Error('A query must have either text or a name. Supplying neither is unsupported.')
    }
    const previous = connection.parsedStatements[this.name] || connection.submittedNamedStatements[this.name]
    if (this.text && previous && this.text !== previous) {
      return new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`)
    }
    if (this.values && !Array.isArray(this.values)) {
      return new Error('Query values must be an array')
    }
    if (this.requiresPreparation()) {
      // If we're using the extended query protocol we fire off several separate commands
      // to the backend. On some versions of node & some operating system versions
      // the network stack writes each message separately instead of buffering them together
      // causing the client & network to send more slowly. Corking & uncorking the stream
      // allows node to buffer up the messages internally before sending them all off at once.
      // note: we're checking for existence of cork/uncork because some versions of streams
      // might not have this (cloudflare?)
      connection.stream.cork && connection.stream.cork()
      try {
        this.prepare(connection)
      } finally {
        // while unlikely for this.prepare to throw, if it does & we don't uncork this stream
        // this client becomes unresponsive, so put in finally block "just in case"
        connection.stream.uncork && connection.stream.uncork()
      }
    } else {
      connection.query(this.text)
    }
    return null
  }

  hasBeenParsed(connection) {
    return (
      this.name &&
      (connection.parsedStatements[this.name] !== undefined ||
        connection.submittedNamedStatements[this.name] !== undefined)
    )
  }

  handlePortalSuspended(connection) {
    this._getRows(connection, this.rows)
  }

  _getRows(connection, rows) {
    connection.execute({
      portal: this.portal,
      rows: rows,
    })
    // if we're not reading pages of rows send the sync command
    // to indicate the pipeline is finished
    if (!rows) {
      connection.sync()
    } else {
      // otherwise flush the call out to read more rows
      connection.flush()
    }
  }

  // http://developer.postgresql.org/pgdocs/postgres/protocol-flow.html#PROTOCOL-FLOW-EXT-QUERY
  prepare(connection) {
    // TODO refactor this poor encapsulation
    if (!this.hasBeenParsed(connection)) {
      connection.parse({
        text: this.text,
        name: this.name,
        types: this.types,
      })
      if (this.name) {
        connection.submittedNamedStatements[this.name] = this.text
      }
    }

    // because we're mapping user supplied values to
    // postgres wire protocol compatible values it could
    // throw an exception, so try/catch this section
    try {
      connection.bind({
        portal: this.portal,
        statement: this.name,
        values: this.values,
        binary: this.binary,
        valueMapper: utils.prepareValue,
      })
    } catch (err) {
      // we should close parse to avoid leaking connections
      connection.close({ type: 'S', name: this.name })
      connection.sync()

      this.handleError(err, connection)
      return
    }

    connection.describe({
      type: 'P',
      name: this.portal || '',
    })

    this._getRows(connection, this.rows)
  }

  handleCopyInResponse(connection) {
    connection.sendCopyFail('No source stream defined')
  }

  handleCopyData(msg, connection) {
    // noop
  }
}

module.exports = Query


/***/ }),

/***/ 26424:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const types = __nccwpck_require__(11549)

const matchRegexp = /^([A-Za-z]+)(?: (\d+))?(?: (\d+))?/

// result object returned from query
// in the 'end' event and also
// passed as second argument to provided callback
class Result {
  constructor(rowMode, types) {
    this.command = null
    this.rowCount = null
    this.oid = null
    this.rows = []
    this.fields = []
    this._parsers = undefined
    this._types = types
    this.RowCtor = null
    this.rowAsArray = rowMode === 'array'
    if (this.rowAsArray) {
      this.parseRow = this._parseRowAsArray
    }
    this._prebuiltEmptyResultObject = null
  }

  // adds a command complete message
  addCommandComplete(msg) {
    let match
    if (msg.text) {
      // pure javascript
      match = matchRegexp.exec(msg.text)
    } else {
      // native bindings
      match = matchRegexp.exec(msg.command)
    }
    if (match) {
      this.command = match[1]
      if (match[3]) {
        // COMMAND OID ROWS
        this.oid = parseInt(match[2], 10)
        this.rowCount = parseInt(match[3], 10)
      } else if (match[2]) {
        // COMMAND ROWS
        this.rowCount = parseInt(match[2], 10)
      }
    }
  }

  _parseRowAsArray(rowData) {
    const row = new Array(rowData.length)
    for (let i = 0, len = rowData.length; i < len; i++) {
      const rawValue = rowData[i]
      if (rawValue !== null) {
        row[i] = this._parsers[i](rawValue)
      } else {
        row[i] = null
      }
    }
    return row
  }

  parseRow(rowData) {
    const row = { ...this._prebuiltEmptyResultObject }
    for (let i = 0, len = rowData.length; i < len; i++) {
      const rawValue = rowData[i]
      const field = this.fields[i].name
      if (rawValue !== null) {
        const v = this.fields[i].format === 'binary' ? Buffer.from(rawValue) : rawValue
        row[field] = this._parsers[i](v)
      } else {
        row[field] = null
      }
    }
    return row
  }

  addRow(row) {
    this.rows.push(row)
  }

  addFields(fieldDescriptions) {
    // clears field definitions
    // multiple query statements in 1 action can result in multiple sets
    // of rowDescriptions...eg: 'select NOW(); select 1::int;'
    // you need to reset the fields
    this.fields = fieldDescriptions
    if (this.fields.length) {
      this._parsers = new Array(fieldDescriptions.length)
    }

    const row = Object.create(null)

    for (let i = 0; i < fieldDescriptions.length; i++) {
      const desc = fieldDescriptions[i]
      row[desc.name] = null

      if (this._types) {
        this._parsers[i] = this._types.getTypeParser(desc.dataTypeID, desc.format || 'text')
      } else {
        this._parsers[i] = types.getTypeParser(desc.dataTypeID, desc.format || 'text')
      }
    }

    this._prebuiltEmptyResultObject = { ...row }
  }
}

module.exports = Result


/***/ }),

/***/ 30829:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { getStream, getSecureStream } = getStreamFuncs()

module.exports = {
  /**
   * Get a socket stream compatible with the current runtime environment.
   * @returns {Duplex}
   */
  getStream,
  /**
   * Get a TLS secured socket, compatible with the current environment,
   * using the socket and other settings given in `options`.
   * @returns {Duplex}
   */
  getSecureStream,
}

/**
 * The stream functions that work in Node.js
 */
function getNodejsStreamFuncs() {
  function getStream(ssl) {
    const net = __nccwpck_require__(69278)
    return new net.Socket()
  }

  function getSecureStream(options) {
    const tls = __nccwpck_require__(64756)
    return tls.connect(options)
  }
  return {
    getStream,
    getSecureStream,
  }
}

/**
 * The stream functions that work in Cloudflare Workers
 */
function getCloudflareStreamFuncs() {
  function getStream(ssl) {
    const { CloudflareSocket } = __nccwpck_require__(785)
    return new CloudflareSocket(ssl)
  }

  function getSecureStream(options) {
    options.socket.startTls(options)
    return options.socket
  }
  return {
    getStream,
    getSecureStream,
  }
}

/**
 * Are we running in a Cloudflare Worker?
 *
 * @returns true if the code is currently running inside a Cloudflare Worker.
 */
function isCloudflareRuntime() {
  // Since 2022-03-21 the `global_navigator` compatibility flag is on for Cloudflare Workers
  // which means that `navigator.userAgent` will be defined.
  // eslint-disable-next-line no-undef
  if (typeof navigator === 'object' && navigator !== null && typeof navigator.userAgent === 'string') {
    // eslint-disable-next-line no-undef
    return navigator.userAgent === 'Cloudflare-Workers'
  }
  // In case `navigator` or `navigator.userAgent` is not defined then try a more sneaky approach
  if (typeof Response === 'function') {
    const resp = new Response(null, { cf: { thing: true } })
    if (typeof resp.cf === 'object' && resp.cf !== null && resp.cf.thing) {
      return true
    }
  }
  return false
}

function getStreamFuncs() {
  if (isCloudflareRuntime()) {
    return getCloudflareStreamFuncs()
  }
  return getNodejsStreamFuncs()
}


/***/ }),

/***/ 50365:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const types = __nccwpck_require__(11549)

function TypeOverrides(userTypes) {
  this._types = userTypes || types
  this.text = {}
  this.binary = {}
}

TypeOverrides.prototype.getOverrides = function (format) {
  switch (format) {
    case 'text':
      return this.text
    case 'binary':
      return this.binary
    default:
      return {}
  }
}

TypeOverrides.prototype.setTypeParser = function (oid, format, parseFn) {
  if (typeof format === 'function') {
    parseFn = format
    format = 'text'
  }
  this.getOverrides(format)[oid] = parseFn
}

TypeOverrides.prototype.getTypeParser = function (oid, format) {
  format = format || 'text'
  return this.getOverrides(format)[oid] || this._types.getTypeParser(oid, format)
}

module.exports = TypeOverrides


/***/ }),

/***/ 69652:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const defaults = __nccwpck_require__(68995)
const nodeUtils = __nccwpck_require__(39023)

const { isDate } = __nccwpck_require__(98253)

const invalidDateDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Sending an invalid date to Postgres is deprecated and will throw an error in the next major version of pg. Ensure any Date object passed as a query parameter is valid.',
  'PG_INVALID_DATE'
)

function escapeElement(elementRepresentation) {
  const escaped = elementRepresentation.replace(/\\/g, '\\\\').replace(/"/g, '\\"')

  return '"' + escaped + '"'
}

// convert a JS array to a postgres array literal
// uses comma separator so won't work for types like box that use
// a different array separator.
function arrayString(val) {
  let result = '{'
  for (let i = 0; i < val.length; i++) {
    if (i > 0) {
      result += ','
    }
    let item = val[i]
    if (item == null) {
      result += 'NULL'
    } else if (Array.isArray(item)) {
      result += arrayString(item)
    } else if (ArrayBuffer.isView(item)) {
      if (!(item instanceof Buffer)) {
        item = Buffer.from(item.buffer, item.byteOffset, item.byteLength)
      }
      result += '\\\\x' + item.toString('hex')
    } else {
      result += escapeElement(prepareValue(item))
    }
  }
  result += '}'
  return result
}

// converts values from javascript types
// to their 'raw' counterparts for use as a postgres parameter
// note: you can override this function to provide your own conversion mechanism
// for complex types, etc...
const prepareValue = function (val, seen) {
  // null and undefined are both null for postgres
  if (val == null) {
    return null
  }
  if (typeof val === 'object') {
    if (val instanceof Buffer) {
      return val
    }
    if (ArrayBuffer.isView(val)) {
      return Buffer.from(val.buffer, val.byteOffset, val.byteLength)
    }
    if (isDate(val)) {
      if (isNaN(val.getTime())) {
        invalidDateDeprecationNotice()
      }
      if (defaults.parseInputDatesAsUTC) {
        return dateToStringUTC(val)
      } else {
        return dateToString(val)
      }
    }
    if (Array.isArray(val)) {
      return arrayString(val)
    }

    return prepareObject(val, seen)
  }
  return val.toString()
}

function prepareObject(val, seen) {
  if (val && typeof val.toPostgres === 'function') {
    seen = seen || []
    if (seen.indexOf(val) !== -1) {
      throw new Error('circular reference detected while preparing "' + val + '" for query')
    }
    seen.push(val)

    return prepareValue(val.toPostgres(prepareValue), seen)
  }
  return JSON.stringify(val)
}

function dateToString(date) {
  let offset = -date.getTimezoneOffset()

  let year = date.getFullYear()
  const isBCYear = year < 1
  if (isBCYear) year = Math.abs(year) + 1 // negative years are 1 off their BC representation

  let ret =
    String(year).padStart(4, '0') +
    '-' +
    String(date.getMonth() + 1).padStart(2, '0') +
    '-' +
    String(date.getDate()).padStart(2, '0') +
    'T' +
    String(date.getHours()).padStart(2, '0') +
    ':' +
    String(date.getMinutes()).padStart(2, '0') +
    ':' +
    String(date.getSeconds()).padStart(2, '0') +
    '.' +
    String(date.getMilliseconds()).padStart(3, '0')

  if (offset < 0) {
    ret += '-'
    offset *= -1
  } else {
    ret += '+'
  }

  ret += String(Math.floor(offset / 60)).padStart(2, '0') + ':' + String(offset % 60).padStart(2, '0')
  if (isBCYear) ret += ' BC'
  return ret
}

function dateToStringUTC(date) {
  let year = date.getUTCFullYear()
  const isBCYear = year < 1
  if (isBCYear) year = Math.abs(year) + 1 // negative years are 1 off their BC representation

  let ret =
    String(year).padStart(4, '0') +
    '-' +
    String(date.getUTCMonth() + 1).padStart(2, '0') +
    '-' +
    String(date.getUTCDate()).padStart(2, '0') +
    'T' +
    String(date.getUTCHours()).padStart(2, '0') +
    ':' +
    String(date.getUTCMinutes()).padStart(2, '0') +
    ':' +
    String(date.getUTCSeconds()).padStart(2, '0') +
    '.' +
    String(date.getUTCMilliseconds()).padStart(3, '0')

  ret += '+00:00'
  if (isBCYear) ret += ' BC'
  return ret
}

function normalizeQueryConfig(config, values, callback) {
  // can take in strings or config objects
  // Copy config so normalization does not mutate the caller's object.
  config = typeof config === 'string' ? { text: config } : cloneQueryConfig(config)
  if (values) {
    if (typeof values === 'function') {
      config.callback = values
    } else {
      config.values = values
    }
  }
  if (callback) {
    config.callback = callback
  }
  return config
}

function cloneQueryConfig(config) {
  if (config == null) {
    return config
  }
  return Object.defineProperties(Object.create(Object.getPrototypeOf(config)), Object.getOwnPropertyDescriptors(config))
}

// Ported from PostgreSQL 9.2.4 source code in src/interfaces/libpq/fe-exec.c
const escapeIdentifier = function (str) {
  return '"' + str.replace(/"/g, '""') + '"'
}

const escapeLiteral = function (str) {
  let hasBackslash = false
  let escaped = "'"

  if (str == null) {
    return "''"
  }

  if (typeof str !== 'string') {
    return "''"
  }

  for (let i = 0; i < str.length; i++) {
    const c = str[i]
    if (c === "'") {
      escaped += c + c
    } else if (c === '\\') {
      escaped += c + c
      hasBackslash = true
    } else {
      escaped += c
    }
  }

  escaped += "'"

  if (hasBackslash === true) {
    escaped = ' E' + escaped
  }

  return escaped
}

module.exports = {
  prepareValue: function prepareValueWrapper(value) {
    // this ensures that extra arguments do not get passed into prepareValue
    // by accident, eg: from calling values.map(utils.prepareValue)
    return prepareValue(value)
  },
  normalizeQueryConfig,
  escapeIdentifier,
  escapeLiteral,
}


/***/ }),

/***/ 98702:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var path = __nccwpck_require__(16928)
  , Stream = (__nccwpck_require__(2203).Stream)
  , split = __nccwpck_require__(35286)
  , util = __nccwpck_require__(39023)
  , defaultPort = 5432
  , isWin = (process.platform === 'win32')
  , warnStream = process.stderr
;


var S_IRWXG = 56     //    00070(8)
  , S_IRWXO = 7      //    00007(8)
  , S_IFMT  = 61440  // 00170000(8)
  , S_IFREG = 32768  //  0100000(8)
;
function isRegFile(mode) {
    return ((mode & S_IFMT) == S_IFREG);
}

var fieldNames = [ 'host', 'port', 'database', 'user', 'password' ];
var nrOfFields = fieldNames.length;
var passKey = fieldNames[ nrOfFields -1 ];


function warn() {
    var isWritable = (
        warnStream instanceof Stream &&
          true === warnStream.writable
    );

    if (isWritable) {
        var args = Array.prototype.slice.call(arguments).concat("\n");
        warnStream.write( util.format.apply(util, args) );
    }
}


Object.defineProperty(module.exports, "isWin", ({
    get : function() {
        return isWin;
    } ,
    set : function(val) {
        isWin = val;
    }
}));


module.exports.warnTo = function(stream) {
    var old = warnStream;
    warnStream = stream;
    return old;
};

module.exports.getFileName = function(rawEnv){
    var env = rawEnv || process.env;
    var file = env.PGPASSFILE || (
        isWin ?
          path.join( env.APPDATA || './' , 'postgresql', 'pgpass.conf' ) :
          path.join( env.HOME || './', '.pgpass' )
    );
    return file;
};

module.exports.usePgPass = function(stats, fname) {
    if (Object.prototype.hasOwnProperty.call(process.env, 'PGPASSWORD')) {
        return false;
    }

    if (isWin) {
        return true;
    }

    fname = fname || '<unkn>';

    if (! isRegFile(stats.mode)) {
        warn('WARNING: password file "%s" is not a plain file', fname);
        return false;
    }

    if (stats.mode & (S_IRWXG | S_IRWXO)) {
        /* If password file is insecure, alert the user and ignore it. */
        warn('WARNING: password file "%s" has group or world access; permissions should be u=rw (0600) or less', fname);
        return false;
    }

    return true;
};


var matcher = module.exports.match = function(connInfo, entry) {
    return fieldNames.slice(0, -1).reduce(function(prev, field, idx){
        if (idx == 1) {
            // the port
            if ( Number( connInfo[field] || defaultPort ) === Number( entry[field] ) ) {
                return prev && true;
            }
        }
        return prev && (
            entry[field] === '*' ||
              entry[field] === connInfo[field]
        );
    }, true);
};


module.exports.getPassword = function(connInfo, stream, cb) {
    var pass;
    var lineStream = stream.pipe(split());

    function onLine(line) {
        var entry = parseLine(line);
        if (entry && isValidEntry(entry) && matcher(connInfo, entry)) {
            pass = entry[passKey];
            lineStream.end(); // -> calls onEnd(), but pass is set now
        }
    }

    var onEnd = function() {
        stream.destroy();
        cb(pass);
    };

    var onErr = function(err) {
        stream.destroy();
        warn('WARNING: error on reading file: %s', err);
        cb(undefined);
    };

    stream.on('error', onErr);
    lineStream
        .on('data', onLine)
        .on('end', onEnd)
        .on('error', onErr)
    ;

};


var parseLine = module.exports.parseLine = function(line) {
    if (line.length < 11 || line.match(/^\s+#/)) {
        return null;
    }

    var curChar = '';
    var prevChar = '';
    var fieldIdx = 0;
    var startIdx = 0;
    var endIdx = 0;
    var obj = {};
    var isLastField = false;
    var addToObj = function(idx, i0, i1) {
        var field = line.substring(i0, i1);

        if (! Object.hasOwnProperty.call(process.env, 'PGPASS_NO_DEESCAPE')) {
            field = field.replace(/\\([:\\])/g, '$1');
        }

        obj[ fieldNames[idx] ] = field;
    };

    for (var i = 0 ; i < line.length-1 ; i += 1) {
        curChar = line.charAt(i+1);
        prevChar = line.charAt(i);

        isLastField = (fieldIdx == nrOfFields-1);

        if (isLastField) {
            addToObj(fieldIdx, startIdx);
            break;
        }

        if (i >= 0 && curChar == ':' && prevChar !== '\\') {
            addToObj(fieldIdx, startIdx, i+1);

            startIdx = i+2;
            fieldIdx += 1;
        }
    }

    obj = ( Object.keys(obj).length === nrOfFields ) ? obj : null;

    return obj;
};


var isValidEntry = module.exports.isValidEntry = function(entry){
    var rules = {
        // host
        0 : function(x){
            return x.length > 0;
        } ,
        // port
        1 : function(x){
            if (x === '*') {
                return true;
            }
            x = Number(x);
            return (
                isFinite(x) &&
                  x > 0 &&
                  x < 9007199254740992 &&
                  Math.floor(x) === x
            );
        } ,
        // database
        2 : function(x){
            return x.length > 0;
        } ,
        // username
        3 : function(x){
            return x.length > 0;
        } ,
        // password
        4 : function(x){
            return x.length > 0;
        }
    };

    for (var idx = 0 ; idx < fieldNames.length ; idx += 1) {
        var rule = rules[idx];
        var value = entry[ fieldNames[idx] ] || '';

        var res = rule(value);
        if (!res) {
            return false;
        }
    }

    return true;
};



/***/ }),

/***/ 13272:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var path = __nccwpck_require__(16928)
  , fs = __nccwpck_require__(79896)
  , helper = __nccwpck_require__(98702)
;


module.exports = function(connInfo, cb) {
    var file = helper.getFileName();
    
    fs.stat(file, function(err, stat){
        if (err || !helper.usePgPass(stat, file)) {
            return cb(undefined);
        }

        var st = fs.createReadStream(file);

        helper.getPassword(connInfo, st, cb);
    });
};

module.exports.warnTo = helper.warnTo;


/***/ }),

/***/ 3879:
/***/ ((__unused_webpack_module, exports) => {



exports.parse = function (source, transform) {
  return new ArrayParser(source, transform).parse()
}

class ArrayParser {
  constructor (source, transform) {
    this.source = source
    this.transform = transform || identity
    this.position = 0
    this.entries = []
    this.recorded = []
    this.dimension = 0
  }

  isEof () {
    return this.position >= this.source.length
  }

  nextCharacter () {
    var character = this.source[this.position++]
    if (character === '\\') {
      return {
        value: this.source[this.position++],
        escaped: true
      }
    }
    return {
      value: character,
      escaped: false
    }
  }

  record (character) {
    this.recorded.push(character)
  }

  newEntry (includeEmpty) {
    var entry
    if (this.recorded.length > 0 || includeEmpty) {
      entry = this.recorded.join('')
      if (entry === 'NULL' && !includeEmpty) {
        entry = null
      }
      if (entry !== null) entry = this.transform(entry)
      this.entries.push(entry)
      this.recorded = []
    }
  }

  consumeDimensions () {
    if (this.source[0] === '[') {
      while (!this.isEof()) {
        var char = this.nextCharacter()
        if (char.value === '=') break
      }
    }
  }

  parse (nested) {
    var character, parser, quote
    this.consumeDimensions()
    while (!this.isEof()) {
      character = this.nextCharacter()
      if (character.value === '{' && !quote) {
        this.dimension++
        if (this.dimension > 1) {
          parser = new ArrayParser(this.source.substr(this.position - 1), this.transform)
          this.entries.push(parser.parse(true))
          this.position += parser.position - 2
        }
      } else if (character.value === '}' && !quote) {
        this.dimension--
        if (!this.dimension) {
          this.newEntry()
          if (nested) return this.entries
        }
      } else if (character.value === '"' && !character.escaped) {
        if (quote) this.newEntry(true)
        quote = !quote
      } else if (character.value === ',' && !quote) {
        this.newEntry()
      } else {
        this.record(character.value)
      }
    }
    if (this.dimension !== 0) {
      throw new Error('array dimension not balanced')
    }
    return this.entries
  }
}

function identity (value) {
  return value
}


/***/ }),

/***/ 463:
/***/ ((module) => {



var bufferFrom = Buffer.from || Buffer

module.exports = function parseBytea (input) {
  if (/^\\x/.test(input)) {
    // new 'hex' style response (pg >9.0)
    return bufferFrom(input.substr(2), 'hex')
  }
  var output = ''
  var i = 0
  while (i < input.length) {
    if (input[i] !== '\\') {
      output += input[i]
      ++i
    } else {
      if (/[0-7]{3}/.test(input.substr(i + 1, 3))) {
        output += String.fromCharCode(parseInt(input.substr(i + 1, 3), 8))
        i += 4
      } else {
        var backslashes = 1
        while (i + backslashes < input.length && input[i + backslashes] === '\\') {
          backslashes++
        }
        for (var k = 0; k < Math.floor(backslashes / 2); ++k) {
          output += '\\'
        }
        i += Math.floor(backslashes / 2) * 2
      }
    }
  }
  return bufferFrom(output, 'binary')
}


/***/ }),

/***/ 92690:
/***/ ((module) => {



var DATE_TIME = /(\d{1,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,})?.*?( BC)?$/
var DATE = /^(\d{1,})-(\d{2})-(\d{2})( BC)?$/
var TIME_ZONE = /([Z+-])(\d{2})?:?(\d{2})?:?(\d{2})?/
var INFINITY = /^-?infinity$/

module.exports = function parseDate (isoDate) {
  if (INFINITY.test(isoDate)) {
    // Capitalize to Infinity before passing to Number
    return Number(isoDate.replace('i', 'I'))
  }
  var matches = DATE_TIME.exec(isoDate)

  if (!matches) {
    // Force YYYY-MM-DD dates to be parsed as local time
    return getDate(isoDate) || null
  }

  var isBC = !!matches[8]
  var year = parseInt(matches[1], 10)
  if (isBC) {
    year = bcYearToNegativeYear(year)
  }

  var month = parseInt(matches[2], 10) - 1
  var day = matches[3]
  var hour = parseInt(matches[4], 10)
  var minute = parseInt(matches[5], 10)
  var second = parseInt(matches[6], 10)

  var ms = matches[7]
  ms = ms ? 1000 * parseFloat(ms) : 0

  var date
  var offset = timeZoneOffset(isoDate)
  if (offset != null) {
    date = new Date(Date.UTC(year, month, day, hour, minute, second, ms))

    // Account for years from 0 to 99 being interpreted as 1900-1999
    // by Date.UTC / the multi-argument form of the Date constructor
    if (is0To99(year)) {
      date.setUTCFullYear(year)
    }

    if (offset !== 0) {
      date.setTime(date.getTime() - offset)
    }
  } else {
    date = new Date(year, month, day, hour, minute, second, ms)

    if (is0To99(year)) {
      date.setFullYear(year)
    }
  }

  return date
}

function getDate (isoDate) {
  var matches = DATE.exec(isoDate)
  if (!matches) {
    return
  }

  var year = parseInt(matches[1], 10)
  var isBC = !!matches[4]
  if (isBC) {
    year = bcYearToNegativeYear(year)
  }

  var month = parseInt(matches[2], 10) - 1
  var day = matches[3]
  // YYYY-MM-DD will be parsed as local time
  var date = new Date(year, month, day)

  if (is0To99(year)) {
    date.setFullYear(year)
  }

  return date
}

// match timezones:
// Z (UTC)
// -05
// +06:30
function timeZoneOffset (isoDate) {
  if (isoDate.endsWith('+00')) {
    return 0
  }

  var zone = TIME_ZONE.exec(isoDate.split(' ')[1])
  if (!zone) return
  var type = zone[1]

  if (type === 'Z') {
    return 0
  }
  var sign = type === '-' ? -1 : 1
  var offset = parseInt(zone[2], 10) * 3600 +
    parseInt(zone[3] || 0, 10) * 60 +
    parseInt(zone[4] || 0, 10)

  return offset * sign * 1000
}

function bcYearToNegativeYear (year) {
  // Account for numerical difference between representations of BC years
  // See: https://github.com/bendrucker/postgres-date/issues/5
  return -(year - 1)
}

function is0To99 (num) {
  return num >= 0 && num < 100
}


/***/ }),

/***/ 68755:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var extend = __nccwpck_require__(80223)

module.exports = PostgresInterval

function PostgresInterval (raw) {
  if (!(this instanceof PostgresInterval)) {
    return new PostgresInterval(raw)
  }
  extend(this, parse(raw))
}
var properties = ['seconds', 'minutes', 'hours', 'days', 'months', 'years']
PostgresInterval.prototype.toPostgres = function () {
  var filtered = properties.filter(this.hasOwnProperty, this)

  // In addition to `properties`, we need to account for fractions of seconds.
  if (this.milliseconds && filtered.indexOf('seconds') < 0) {
    filtered.push('seconds')
  }

  if (filtered.length === 0) return '0'
  return filtered
    .map(function (property) {
      var value = this[property] || 0

      // Account for fractional part of seconds,
      // remove trailing zeroes.
      if (property === 'seconds' && this.milliseconds) {
        value = (value + this.milliseconds / 1000).toFixed(6).replace(/\.?0+$/, '')
      }

      return value + ' ' + property
    }, this)
    .join(' ')
}

var propertiesISOEquivalent = {
  years: 'Y',
  months: 'M',
  days: 'D',
  hours: 'H',
  minutes: 'M',
  seconds: 'S'
}
var dateProperties = ['years', 'months', 'days']
var timeProperties = ['hours', 'minutes', 'seconds']
// according to ISO 8601
PostgresInterval.prototype.toISOString = PostgresInterval.prototype.toISO = function () {
  var datePart = dateProperties
    .map(buildProperty, this)
    .join('')

  var timePart = timeProperties
    .map(buildProperty, this)
    .join('')

  return 'P' + datePart + 'T' + timePart

  function buildProperty (property) {
    var value = this[property] || 0

    // Account for fractional part of seconds,
    // remove trailing zeroes.
    if (property === 'seconds' && this.milliseconds) {
      value = (value + this.milliseconds / 1000).toFixed(6).replace(/0+$/, '')
    }

    return value + propertiesISOEquivalent[property]
  }
}

var NUMBER = '([+-]?\\d+)'
var YEAR = NUMBER + '\\s+years?'
var MONTH = NUMBER + '\\s+mons?'
var DAY = NUMBER + '\\s+days?'
var TIME = '([+-])?([\\d]*):(\\d\\d):(\\d\\d)\\.?(\\d{1,6})?'
var INTERVAL = new RegExp([YEAR, MONTH, DAY, TIME].map(function (regexString) {
  return '(' + regexString + ')?'
})
  .join('\\s*'))

// Positions of values in regex match
var positions = {
  years: 2,
  months: 4,
  days: 6,
  hours: 9,
  minutes: 10,
  seconds: 11,
  milliseconds: 12
}
// We can use negative time
var negatives = ['hours', 'minutes', 'seconds', 'milliseconds']

function parseMilliseconds (fraction) {
  // add omitted zeroes
  var microseconds = fraction + '000000'.slice(fraction.length)
  return parseInt(microseconds, 10) / 1000
}

function parse (interval) {
  if (!interval) return {}
  var matches = INTERVAL.exec(interval)
  var isNegative = matches[8] === '-'
  return Object.keys(positions)
    .reduce(function (parsed, property) {
      var position = positions[property]
      var value = matches[position]
      // no empty string
      if (!value) return parsed
      // milliseconds are actually microseconds (up to 6 digits)
      // with omitted trailing zeroes.
      value = property === 'milliseconds'
        ? parseMilliseconds(value)
        : parseInt(value, 10)
      // no zeros
      if (!value) return parsed
      if (isNegative && ~negatives.indexOf(property)) {
        value *= -1
      }
      parsed[property] = value
      return parsed
    }, {})
}


/***/ }),

/***/ 35286:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*
Copyright (c) 2014-2021, Matteo Collina <hello@matteocollina.com>

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted, provided that the above
copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR
IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
*/



const { Transform } = __nccwpck_require__(2203)
const { StringDecoder } = __nccwpck_require__(13193)
const kLast = Symbol('last')
const kDecoder = Symbol('decoder')

function transform (chunk, enc, cb) {
  let list
  if (this.overflow) { // Line buffer is full. Skip to start of next line.
    const buf = this[kDecoder].write(chunk)
    list = buf.split(this.matcher)

    if (list.length === 1) return cb() // Line ending not found. Discard entire chunk.

    // Line ending found. Discard trailing fragment of previous line and reset overflow state.
    list.shift()
    this.overflow = false
  } else {
    this[kLast] += this[kDecoder].write(chunk)
    list = this[kLast].split(this.matcher)
  }

  this[kLast] = list.pop()

  for (let i = 0; i < list.length; i++) {
    try {
      push(this, this.mapper(list[i]))
    } catch (error) {
      return cb(error)
    }
  }

  this.overflow = this[kLast].length > this.maxLength
  if (this.overflow && !this.skipOverflow) {
    cb(new Error('maximum buffer reached'))
    return
  }

  cb()
}

function flush (cb) {
  // forward any gibberish left in there
  this[kLast] += this[kDecoder].end()

  if (this[kLast]) {
    try {
      push(this, this.mapper(this[kLast]))
    } catch (error) {
      return cb(error)
    }
  }

  cb()
}

function push (self, val) {
  if (val !== undefined) {
    self.push(val)
  }
}

function noop (incoming) {
  return incoming
}

function split (matcher, mapper, options) {
  // Set defaults for any arguments not supplied.
  matcher = matcher || /\r?\n/
  mapper = mapper || noop
  options = options || {}

  // Test arguments explicitly.
  switch (arguments.length) {
    case 1:
      // If mapper is only argument.
      if (typeof matcher === 'function') {
        mapper = matcher
        matcher = /\r?\n/
      // If options is only argument.
      } else if (typeof matcher === 'object' && !(matcher instanceof RegExp) && !matcher[Symbol.split]) {
        options = matcher
        matcher = /\r?\n/
      }
      break

    case 2:
      // If mapper and options are arguments.
      if (typeof matcher === 'function') {
        options = mapper
        mapper = matcher
        matcher = /\r?\n/
      // If matcher and options are arguments.
      } else if (typeof mapper === 'object') {
        options = mapper
        mapper = noop
      }
  }

  options = Object.assign({}, options)
  options.autoDestroy = true
  options.transform = transform
  options.flush = flush
  options.readableObjectMode = true

  const stream = new Transform(options)

  stream[kLast] = ''
  stream[kDecoder] = new StringDecoder('utf8')
  stream.matcher = matcher
  stream.mapper = mapper
  stream.maxLength = options.maxLength
  stream.skipOverflow = options.skipOverflow || false
  stream.overflow = false
  stream._destroy = function (err, cb) {
    // Weird Node v12 bug that we need to work around
    this._writableState.errorEmitted = false
    cb(err)
  }

  return stream
}

module.exports = split


/***/ }),

/***/ 80223:
/***/ ((module) => {

module.exports = extend

var hasOwnProperty = Object.prototype.hasOwnProperty;

function extend(target) {
    for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i]

        for (var key in source) {
            if (hasOwnProperty.call(source, key)) {
                target[key] = source[key]
            }
        }
    }

    return target
}


/***/ }),

/***/ 60218:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31658);
/** Entry point of the Action's main step (`dist/action/index.js`). */

await (0,_main__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 31658:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: run

// NAMESPACE OBJECT: ./src/action/workflow.ts
var workflow_namespaceObject = {};
__nccwpck_require__.r(workflow_namespaceObject);
__nccwpck_require__.d(workflow_namespaceObject, {
  appendSummary: () => (appendSummary),
  endGroup: () => (endGroup),
  error: () => (error),
  getInput: () => (getInput),
  getState: () => (getState),
  info: () => (info),
  issueCommand: () => (issueCommand),
  notice: () => (notice),
  saveState: () => (saveState),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  startGroup: () => (startGroup),
  summaryAvailable: () => (summaryAvailable),
  useHostToolkit: () => (useHostToolkit),
  useToolkit: () => (useToolkit),
  warning: () => (warning)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/version.ts
/** Version information: the package version, and commit/date when the build provided them. */

const VERSION = package_namespaceObject.rE;
const REPOSITORY = 'https://github.com/pgmi/deploy-action';
const COMPAT_LATEST = '1';
function versionLines(env = process.env) {
    // Commit and date come from the environment of the build that made this image (Dockerfile
    // build args); the committed bundle cannot embed them without changing on every commit.
    const commit = env.PGMI_BUILD_COMMIT || 'unknown';
    const built = env.PGMI_BUILD_DATE || 'unknown';
    return [
        `pgmi ${VERSION} (compat ${COMPAT_LATEST})`,
        `Commit: ${commit}, Built: ${built}, Platform: ${process.platform}/${process.arch}`,
    ];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__nccwpck_require__.n(external_node_crypto_);
;// CONCATENATED MODULE: ./src/connect/pg-prelude.ts
/**
 * Side-effect module for `./pg.ts`, evaluated just before node-postgres: gives Node < 21 the
 * `navigator` global that Node 21+ has (same `userAgent` form), until `pgLoaded()` removes it.
 */
const g = globalThis;
const added = g.navigator === undefined;
if (added) {
    Object.defineProperty(globalThis, 'navigator', {
        value: { userAgent: `Node.js/${process.versions.node.split('.')[0]}` },
        configurable: true,
        writable: true,
    });
}
function pgLoaded() {
    if (added)
        delete g.navigator;
}

// EXTERNAL MODULE: ./node_modules/pg/lib/index.js
var lib = __nccwpck_require__(13273);
;// CONCATENATED MODULE: ./node_modules/pg/esm/index.mjs
// ESM wrapper for pg


// Re-export all the properties
const Client = lib.Client
const Pool = lib.Pool
const Connection = lib.Connection
const types = lib.types
const Query = lib.Query
const DatabaseError = lib.DatabaseError
const escapeIdentifier = lib.escapeIdentifier
const escapeLiteral = lib.escapeLiteral
const Result = lib.Result
const TypeOverrides = lib.TypeOverrides

// Also export the defaults
const defaults = lib.defaults

// Re-export the default
/* harmony default export */ const esm = (lib);

;// CONCATENATED MODULE: ./src/connect/pg.ts
/**
 * node-postgres, loaded without making Node load its fetch implementation. When pg loads it
 * asks whether it runs in a Cloudflare Worker: it reads `navigator.userAgent` and, where there is
 * no `navigator` (Node < 21), constructs a `Response`, whose first use loads Node's internal
 * undici — tens of milliseconds (more on a busy machine) on every start of every command. Node
 * 21+ answers from `navigator`; `./pg-prelude` gives Node 20 the same answer for the duration
 * of the import only. Import pg from here, not from 'pg' (types may come from 'pg').
 */



pgLoaded();
/* harmony default export */ const pg = (esm);

// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __nccwpck_require__(17679);
;// CONCATENATED MODULE: ./src/connect/pooler.ts
/**
 * Transaction-mode pooler detection (decisions.md 13). pgmi keeps its project in session temp
 * tables across many transactions; behind a transaction- or statement-pooling proxy (PgBouncer,
 * Supavisor, RDS Proxy, …) those tables vanish or, worse, belong to another client between two
 * transactions. This check runs before any project SQL and fails with exit 11.
 *
 * How: a proxy that pools per transaction must hand each client a BackendKeyData of its own
 * (cancel requests are routed by it), so on a direct connection — or behind a TCP-level proxy,
 * which pins the session anyway — the pid in BackendKeyData equals `pg_backend_pid()`. When
 * they differ a pooler sits in between, and one client alone cannot tell session from
 * transaction pooling (an idle pool hands the same backend back). So a second, short-lived
 * probe connection is opened through the same path while ours sits idle between transactions:
 * under transaction pooling it is given our idle backend (it sees our temp table); under
 * session pooling it cannot be. Our own session must also still own its backend and temp table
 * afterwards. The probe table is dropped on every path and nothing emits a NOTICE.
 */



const PROBE_TIMEOUT_MS = 5_000;
const POOLER_HINTS = [
    'pgmi keeps the project in session temp tables across transactions; transaction or statement pooling (PgBouncer pool_mode=transaction, Supavisor port 6543, …) breaks them',
    'connect to the direct PostgreSQL port instead of the pooler (or use a session-mode pool)',
];
function poolerError(detail) {
    return new engine_errors/* ConnectionError */.Rc(`the connection goes through a transaction-mode pooler: ${detail}`, {
        hints: POOLER_HINTS,
    });
}
async function probe(client, table) {
    const r = await client.query('SELECT pg_backend_pid() AS pid, to_regclass($1) IS NOT NULL AS present', [`pg_temp.${table}`]);
    return { pid: Number(r.rows[0].pid), present: r.rows[0].present };
}
/** A second client through the same path (same host, port, TLS, credentials). */
function probeClient(client) {
    const p = client
        .connectionParameters;
    return new pg.Client({
        host: p.host,
        port: p.port,
        user: p.user,
        database: p.database,
        password: client.password ?? undefined,
        ssl: p.ssl,
        application_name: p.application_name ?? 'pgmi',
        options: p.options,
        // A pool with no free server would make the probe wait for one: give up quickly instead
        // (an unanswered probe proves nothing; the check on our own session still runs).
        connectionTimeoutMillis: PROBE_TIMEOUT_MS,
        query_timeout: PROBE_TIMEOUT_MS,
        keepAlive: true,
    });
}
/**
 * Verifies that this session (backend pid and a temp table) survives across transactions.
 * Throws ConnectionError (exit 11) naming the pooler; leaves no table behind.
 */
async function assertSessionPinned(client) {
    const table = `pgmi_session_pin_${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    const ident = pg.escapeIdentifier(table);
    let failure;
    let dropped = false;
    const before = await client.query('SELECT pg_backend_pid() AS pid');
    const pid = Number(before.rows[0].pid);
    await client.query(`CREATE TEMP TABLE ${ident} (x int)`);
    try {
        const keyPid = client.processID;
        if (keyPid !== undefined && keyPid !== null && keyPid !== pid) {
            const other = probeClient(client);
            // A probe whose socket fails must not end the process (no listener = uncaught 'error').
            other.on('error', () => undefined);
            try {
                await other.connect();
                // One simple-query round trip: under transaction or statement pooling both statements
                // run on the backend the pooler picked, so a probe that landed on ours also cleans up.
                const results = (await other.query(`SELECT pg_backend_pid() AS pid, to_regclass('pg_temp.${table}') IS NOT NULL AS present;` +
                    `DO $pin$BEGIN IF to_regclass('pg_temp.${table}') IS NOT NULL THEN ` +
                    `DROP TABLE pg_temp.${ident}; END IF; END$pin$`));
                const seen = results[0].rows[0];
                if (seen.present || Number(seen.pid) === pid) {
                    dropped = seen.present;
                    failure = poolerError(`a second connection was given this session's backend (pid ${pid}) between two transactions`);
                }
            }
            catch {
                // A probe that cannot connect (pool full, auth) proves nothing either way; the check
                // on our own session below still runs.
            }
            finally {
                await other.end().catch(() => undefined);
            }
        }
        if (!dropped) {
            const after = await probe(client, table);
            if (after.present) {
                await client.query(`DROP TABLE pg_temp.${ident}`);
                dropped = true;
            }
            if (!failure && (after.pid !== pid || !after.present)) {
                failure = poolerError(after.pid !== pid
                    ? `the backend changed from pid ${pid} to pid ${after.pid} between two transactions`
                    : 'a temp table created in one transaction was gone in the next');
            }
        }
    }
    catch (e) {
        if (e instanceof engine_errors/* ConnectionError */.Rc)
            throw e;
        throw new engine_errors/* ConnectionError */.Rc(`could not verify that the session is pinned: ${(0,engine_errors/* messageOf */.bD)(e)}`, {
            cause: e,
        });
    }
    if (failure)
        throw failure;
}

;// CONCATENATED MODULE: ./src/engine/approver.ts
/**
 * The engine's approval policy outside a terminal, in a module of its own: front doors that only
 * ask whether they run at a terminal (the pager, `pgmi info`) must not load the deploy engine and
 * its driver with it.
 */

/** Default approval outside a terminal: `--force` proceeds at once, anything else is refused. */
const nonInteractiveApprover = async ({ database, force, emit }) => {
    if (force) {
        emit({
            type: 'progress',
            message: `--force: dropping and recreating ${JSON.stringify(database)}`,
            elapsedMs: 0,
        });
        return;
    }
    throw new engine_errors.ApprovalDeniedError(`approval denied: --overwrite must be confirmed at a terminal, and this is not one; pass --force to drop and recreate ${JSON.stringify(database)} from a script or CI job`);
};

;// CONCATENATED MODULE: ./src/engine/options.ts
const DEFAULT_TIMEOUT_MS = 3 * 60 * 1000;
const SUPPORTED_COMPAT = ['1'];
/** `lock_timeout` of a rehearsal unless `--lock-timeout` says otherwise. */
const DEFAULT_REHEARSAL_LOCK_TIMEOUT_MS = 10_000;
function defaultDeployOptions(partial) {
    return {
        maintenanceDatabase: 'postgres',
        overwrite: false,
        force: false,
        params: {},
        timeoutMs: DEFAULT_TIMEOUT_MS,
        compat: '',
        verbose: false,
        rehearse: false,
        changeReport: true,
        ...partial,
    };
}

;// CONCATENATED MODULE: ./src/engine/pipeline/connection-loss.ts


const lost = new WeakMap();
/**
 * Keeps an `'error'` listener on `client` for as long as it lives (a socket error with no
 * listener ends the process) and records the first error. Idempotent.
 */
function watchConnection(client) {
    if (lost.has(client) || client.listeners('error').includes(record))
        return;
    client.on('error', record);
}
function record(err) {
    if (!lost.has(this))
        lost.set(this, err);
}
// Socket-level failures (Node error codes) and node-postgres' own wording for a dead peer.
const LOSS_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
]);
const LOSS_TEXT = [
    'connection terminated',
    'not queryable',
    'client was closed',
    'socket hang up',
    'write after end',
];
/**
 * Whether `err` (or anything in its cause chain) means the connection is gone, rather than the
 * server rejecting a statement: a socket error, the peer hanging up, or a FATAL/PANIC from the
 * server (admin shutdown 57P01, crash 57P02, a terminated backend) that ends the session.
 */
function isConnectionLoss(err, client) {
    if (client && lost.has(client))
        return true;
    for (const e of (0,engine_errors/* errorChain */.eB)(err)) {
        if ((0,engine_errors/* isPgDatabaseError */.Hd)(e)) {
            const sev = e.severity ?? '';
            if (sev === 'FATAL' || sev === 'PANIC' || e.code?.startsWith('08'))
                return true;
            continue;
        }
        if (typeof e !== 'object' || e === null)
            continue;
        const { code, message } = e;
        if (typeof code === 'string' && LOSS_CODES.has(code))
            return true;
        const text = typeof message === 'string' ? message.toLowerCase() : '';
        if (LOSS_TEXT.some((t) => text.includes(t)))
            return true;
    }
    return false;
}
/** The first recorded connection-level error of `client`, if any. */
function connectionErrorOf(client) {
    return lost.get(client);
}
/** What a loss in each phase means for the target database. */
function lossMessage(phase, database, tail) {
    const db = JSON.stringify(database);
    switch (phase) {
        case 'connect':
            return `connection lost while connecting to ${db}: nothing was deployed`;
        case 'overwrite':
            return `connection to the maintenance database lost while recreating ${db}: ${db} may be missing or empty; deploy again`;
        case 'load':
            return `connection lost while loading the project into the session: deploy.sql did not run; ${db} is unchanged`;
        case 'lock':
            return `connection lost while taking the deploy lock: deploy.sql did not run; ${db} is unchanged`;
        case 'head':
            return tail?.unit === -1
                ? `connection lost while the COMMIT of deploy.sql's atomic head (unit 1) was in flight: the server may or may not have committed it; look at ${db} before deploying again`
                : `connection lost during the atomic head of deploy.sql (unit 1): the server rolls back the open head: nothing was committed`;
        case 'tail': {
            const t = tail ?? { committed: 0, unit: 0, units: 0 };
            const done = t.committed > 0
                ? `units 1–${t.committed} of deploy.sql were committed before the loss`
                : 'nothing was committed before the loss';
            return `connection lost during unit ${t.unit} of ${t.units} of deploy.sql (the tail): ${done}; the server rolls back unit ${t.unit} if it was still open`;
        }
    }
}
/** Wraps a loss as ConnectionLostError (exit 11), keeping the original as `cause`. */
function connectionLost(phase, message, cause) {
    return new engine_errors/* ConnectionLostError */.N9(message, phase, {
        cause,
        hints: ['check the server and the network path to it, then deploy again'],
    });
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(77030);
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/engine/pipeline/cancel.ts
/**
 * Cancelling the statement a backend is running. node-postgres only offers this through an
 * unconnected second Client reusing its own connection options; we send the protocol's
 * CancelRequest ourselves: a 16-byte packet on a fresh socket (length 16, code 80877102,
 * backend pid, secret key). The server accepts it before any TLS or authentication exchange.
 */

const CANCEL_REQUEST_CODE = 80877102;
function sendCancelRequest(client, host, port, options = {}) {
    const { processID, secretKey } = client;
    if (processID === undefined ||
        secretKey === undefined ||
        processID === null ||
        secretKey === null) {
        return Promise.resolve(false);
    }
    return new Promise((resolve) => {
        const packet = Buffer.alloc(16);
        packet.writeInt32BE(16, 0);
        packet.writeInt32BE(CANCEL_REQUEST_CODE, 4);
        packet.writeInt32BE(processID, 8);
        packet.writeInt32BE(secretKey, 12);
        const socket = host.startsWith('/')
            ? external_node_net_default().connect(`${host}/.s.PGSQL.${port}`)
            : external_node_net_default().connect({ host, port });
        const done = (ok) => {
            socket.destroy();
            resolve(ok);
        };
        // `unref`: a cancel sent on the way out never keeps the process alive.
        if (options.unref)
            socket.unref();
        socket.setTimeout(3000, () => done(false));
        socket.once('error', () => done(false));
        socket.once('connect', () => socket.end(packet, () => done(true)));
    });
}

;// CONCATENATED MODULE: ./src/engine/pipeline/session-guard.ts

/** How long a cancelled statement may take to come back before the socket is closed. */
const CANCEL_GRACE_MS = 1500;
function destroySocket(client, reason) {
    client.connection?.stream?.destroy(reason);
}
/** Arms cancel-then-destroy on `control`'s abort for `client`; returns the disarm function. */
function guardConnection(client, endpoint, control, graceMs = CANCEL_GRACE_MS) {
    let timer;
    const onAbort = () => {
        void sendCancelRequest(client, endpoint.host, endpoint.port);
        timer = setTimeout(() => destroySocket(client), graceMs);
        timer.unref();
    };
    if (control.signal.aborted)
        onAbort();
    else
        control.signal.addEventListener('abort', onAbort, { once: true });
    return () => {
        control.signal.removeEventListener('abort', onAbort);
        if (timer)
            clearTimeout(timer);
    };
}
/**
 * Ends `client` after `before` (a ROLLBACK, an unlock), bounded whatever the state of the server:
 * a dead connection never hangs the exit; after `boundMs` the socket is destroyed.
 */
async function endBounded(client, before = async () => undefined, boundMs = 5000) {
    const close = async () => {
        await before();
        await client.end();
    };
    let timer;
    const bound = new Promise((resolve) => {
        timer = setTimeout(() => {
            destroySocket(client);
            resolve();
        }, boundMs);
    });
    await Promise.race([close().catch(() => undefined), bound]);
    clearTimeout(timer);
}

;// CONCATENATED MODULE: ./src/engine/pipeline/database.ts
/**
 * The target database's lifecycle: probe it, create it when missing, or drop and recreate it for
 * `--overwrite` while keeping what made it the database it was (decisions.md item 7).
 */




const ident = (s) => pg.escapeIdentifier(s);
const literal = (s) => pg.escapeLiteral(s);
async function withMaintenance(ctx, phase, fn) {
    const { client, server } = await ctx.provider.connect({
        database: ctx.options.maintenanceDatabase,
        signal: ctx.control.signal,
    });
    watchConnection(client);
    const disarm = guardConnection(client, ctx.provider, ctx.control);
    try {
        return await fn(client, server);
    }
    catch (err) {
        if (!ctx.control.reason && isConnectionLoss(err, client)) {
            throw connectionLost(phase, lossMessage(phase, ctx.options.database), err);
        }
        throw err;
    }
    finally {
        await client.end().catch(() => undefined);
        disarm();
    }
}
function isCreateRace(err) {
    const code = (0,engine_errors/* firstPgError */.wm)(err)?.code;
    return code === '42P04' || code === '23505';
}
async function createDatabase(ctx, client, sql) {
    try {
        await client.query(sql);
    }
    catch (err) {
        if (isCreateRace(err)) {
            throw new engine_errors/* ConcurrentDeployError */.PY('concurrent deployment in progress: the database was created by another deploy while this one was starting', { cause: err });
        }
        throw new engine_errors/* PgmiError */.K8(`failed to create database ${JSON.stringify(ctx.options.database)}: ${(0,engine_errors/* messageOf */.bD)(err)}`, { cause: err });
    }
}
async function exists(client, name) {
    const r = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return r.rowCount === 1;
}
/**
 * Without --overwrite: connect to the target; when it does not exist (3D000), create it through
 * the maintenance database. The returned connection becomes the deploy session, so an existing
 * database costs one connection (and the change report's own, which may be refused:
 * report-connection.ts), and a role that may only CONNECT to its own database deploys.
 */
async function openTarget(ctx) {
    const db = ctx.options.database;
    try {
        return await ctx.provider.connect({ database: db, signal: ctx.control.signal });
    }
    catch (err) {
        if ((0,engine_errors/* firstPgError */.wm)(err)?.code !== '3D000')
            throw err;
        if (ctx.options.rehearse) {
            throw new engine_errors.ConfigError(`invalid configuration: database ${JSON.stringify(db)} does not exist; a rehearsal runs against an existing database and never creates one`, {
                cause: err,
                hints: ['check the database name (-d), or deploy without --rehearse to create it'],
            });
        }
    }
    await withMaintenance(ctx, 'connect', async (client) => {
        if (await exists(client, db))
            return;
        ctx.progress(`Database ${JSON.stringify(db)} does not exist; creating`);
        await createDatabase(ctx, client, `CREATE DATABASE ${ident(db)}`);
        ctx.emit({ type: 'database-created', database: db, recreated: false, elapsedMs: 0 });
    });
    return ctx.provider.connect({ database: db, signal: ctx.control.signal });
}
// to_jsonb(d) reads whichever locale columns this server version has (datlocprovider 15+,
// daticulocale 15–16, datlocale 17+, daticurules 16+) without one query per version.
const PROPERTIES_SQL = `
SELECT to_jsonb(d) AS row,
       pg_get_userbyid(d.datdba) AS owner,
       pg_encoding_to_char(d.encoding) AS encoding,
       t.spcname AS tablespace,
       shobj_description(d.oid, 'pg_database') AS comment,
       (SELECT s.setconfig FROM pg_db_role_setting s WHERE s.setdatabase = d.oid AND s.setrole = 0) AS settings,
       CASE WHEN d.datacl IS NULL THEN NULL ELSE (
         SELECT coalesce(json_agg(json_build_object(
                  'grantee', CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                  'privilege', a.privilege_type, 'grantable', a.is_grantable)), '[]'::json)
           FROM aclexplode(d.datacl) a) END AS grants
  FROM pg_database d JOIN pg_tablespace t ON t.oid = d.dattablespace
 WHERE d.datname = $1`;
async function readProperties(client, name) {
    const r = await client.query(PROPERTIES_SQL, [name]);
    const row = r.rows[0];
    const d = row.row;
    return {
        owner: row.owner,
        encoding: row.encoding,
        collate: String(d.datcollate ?? ''),
        ctype: String(d.datctype ?? ''),
        provider: typeof d.datlocprovider === 'string' ? d.datlocprovider : undefined,
        locale: (d.datlocale ?? d.daticulocale ?? undefined),
        icuRules: (d.daticurules ?? undefined),
        tablespace: row.tablespace,
        connLimit: Number(d.datconnlimit ?? -1),
        comment: row.comment,
        settings: row.settings ?? [],
        grants: row.grants,
    };
}
// Settings whose stored text is a list and must be spliced unquoted (`a, b`), not as one string.
const LIST_SETTINGS = new Set([
    'search_path',
    'temp_tablespaces',
    'datestyle',
    'session_preload_libraries',
    'local_preload_libraries',
]);
function createSql(name, p, template1) {
    const parts = [`CREATE DATABASE ${ident(name)} WITH OWNER ${ident(p.owner)}`];
    const localeDiffers = p.encoding !== template1.encoding ||
        p.collate !== template1.collate ||
        p.ctype !== template1.ctype ||
        (p.provider ?? 'c') !== (template1.provider ?? 'c') ||
        (p.locale ?? '') !== (template1.locale ?? '') ||
        (p.icuRules ?? '') !== (template1.icuRules ?? '');
    if (localeDiffers) {
        parts.push(`TEMPLATE template0 ENCODING ${literal(p.encoding)} LC_COLLATE ${literal(p.collate)} LC_CTYPE ${literal(p.ctype)}`);
        if (p.provider === 'i') {
            parts.push(`LOCALE_PROVIDER icu ICU_LOCALE ${literal(p.locale ?? '')}`);
            if (p.icuRules)
                parts.push(`ICU_RULES ${literal(p.icuRules)}`);
        }
        else if (p.provider === 'b') {
            parts.push(`LOCALE_PROVIDER builtin BUILTIN_LOCALE ${literal(p.locale ?? 'C')}`);
        }
    }
    if (p.tablespace !== 'pg_default')
        parts.push(`TABLESPACE ${ident(p.tablespace)}`);
    if (p.connLimit !== -1)
        parts.push(`CONNECTION LIMIT ${p.connLimit}`);
    return parts.join(' ');
}
function restoreStatements(name, p) {
    const out = [];
    for (const s of p.settings) {
        const eq = s.indexOf('=');
        const key = s.slice(0, eq);
        const value = s.slice(eq + 1);
        const rendered = LIST_SETTINGS.has(key.toLowerCase()) ? value : literal(value);
        out.push(`ALTER DATABASE ${ident(name)} SET ${ident(key)} TO ${rendered}`);
    }
    if (p.comment !== null)
        out.push(`COMMENT ON DATABASE ${ident(name)} IS ${literal(p.comment)}`);
    if (p.grants !== null) {
        out.push(`REVOKE ALL ON DATABASE ${ident(name)} FROM PUBLIC`);
        for (const g of p.grants) {
            const who = g.grantee === 'PUBLIC' ? 'PUBLIC' : ident(g.grantee);
            out.push(`GRANT ${g.privilege} ON DATABASE ${ident(name)} TO ${who}${g.grantable ? ' WITH GRANT OPTION' : ''}`);
        }
    }
    return out;
}
/**
 * --overwrite: drop and recreate the target through the maintenance database. A missing target
 * is simply created (no approval needed). Returns a connection to the fresh target.
 */
async function recreateTarget(ctx, approve) {
    const db = ctx.options.database;
    await withMaintenance(ctx, 'overwrite', async (client, server) => {
        if (!(await exists(client, db))) {
            ctx.progress(`Database ${JSON.stringify(db)} does not exist; creating`);
            await createDatabase(ctx, client, `CREATE DATABASE ${ident(db)}`);
            ctx.emit({ type: 'database-created', database: db, recreated: false, elapsedMs: 0 });
            return;
        }
        ctx.verbose(`Database ${JSON.stringify(db)} exists; requesting approval`);
        await approve({
            database: db,
            force: ctx.options.force,
            signal: ctx.control.signal,
            emit: ctx.emit,
        });
        ctx.control.throwIfAborted();
        const props = await readProperties(client, db);
        const template1 = await readProperties(client, 'template1');
        ctx.verbose(`Preserving encoding ${props.encoding}, collation ${props.collate} across the recreate`);
        try {
            // The compatibility check at connect time already read the server's version.
            if (server.versionNum >= 130000) {
                ctx.verbose(`DROP DATABASE ${JSON.stringify(db)} WITH (FORCE)`);
                await client.query(`DROP DATABASE ${ident(db)} WITH (FORCE)`);
            }
            else {
                ctx.verbose(`Terminating connections to ${JSON.stringify(db)}`);
                await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [db]);
                ctx.verbose(`DROP DATABASE ${JSON.stringify(db)}`);
                await client.query(`DROP DATABASE ${ident(db)}`);
            }
        }
        catch (err) {
            throw new engine_errors/* PgmiError */.K8(`failed to drop database ${JSON.stringify(db)}: ${(0,engine_errors/* messageOf */.bD)(err)}`, {
                cause: err,
            });
        }
        ctx.verbose(`CREATE DATABASE ${JSON.stringify(db)}`);
        await createDatabase(ctx, client, createSql(db, props, template1));
        for (const sql of restoreStatements(db, props))
            await client.query(sql);
        ctx.progress(`Recreated database ${JSON.stringify(db)}`);
        ctx.emit({ type: 'database-created', database: db, recreated: true, elapsedMs: 0 });
    });
    return ctx.provider.connect({ database: db, signal: ctx.control.signal });
}

;// CONCATENATED MODULE: ./src/engine/preprocess/sql-scan.ts
/**
 * Lexical primitives shared by the mask, the macro parser and the statement splitter, so the
 * three can never disagree about where a literal or a comment begins and ends.
 *
 * Hand-written on purpose: these rules must agree character for character with upstream pgmi's
 * scanner (`internal/preprocessor/comments.go`), quirks included — `$tag$` opens a dollar quote
 * even in the middle of an identifier such as `a$b$c`, and `E'…'` is an escape string only when
 * the `E` is a token of its own — and no SQL lexer on npm reproduces exactly that. Everything
 * works in JavaScript string code units: an offset here is an offset into the caller's string.
 */
const IDENT_CHAR = /^[\p{L}\p{Nd}_$]$/u;
const DOLLAR_TAG = /\$(?:[\p{L}_][\p{L}\p{Nd}_]*)?\$/uy;
/** The code point that ends just before `index` (a surrogate pair counts as one). */
function codePointBefore(text, index) {
    const low = text.charCodeAt(index - 1);
    if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
        const high = text.charCodeAt(index - 2);
        if (high >= 0xd800 && high <= 0xdbff)
            return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    }
    return low;
}
/** A character that may continue an unquoted identifier (Unicode letters and digits, `_`, `$`). */
function isIdentifierCodePoint(cp) {
    if (cp < 0x80) {
        return ((cp >= 0x61 && cp <= 0x7a) ||
            (cp >= 0x41 && cp <= 0x5a) ||
            (cp >= 0x30 && cp <= 0x39) ||
            cp === 0x5f ||
            cp === 0x24);
    }
    return IDENT_CHAR.test(String.fromCodePoint(cp));
}
/**
 * Whether the quote at `quote` opens an `E'…'` escape string. With standard_conforming_strings
 * (the default since 9.1) a backslash escapes only there, and `date'…'` or `abcE'…'` are an
 * identifier followed by an ordinary literal.
 */
function opensEscapeString(text, quote) {
    const e = text.charCodeAt(quote - 1);
    if (e !== 0x45 && e !== 0x65)
        return false;
    return quote === 1 || !isIdentifierCodePoint(codePointBefore(text, quote - 1));
}
/** Length of a `$$` / `$name$` tag at `at`, or 0. The name starts with a letter or `_`. */
function dollarTagLength(text, at) {
    DOLLAR_TAG.lastIndex = at;
    const m = DOLLAR_TAG.exec(text);
    return m ? m[0].length : 0;
}
function special(kind, start, end, closed, escape = false, tagLength = 0) {
    return { kind, start, end, closed, escape, tagLength };
}
/**
 * The comment, literal or quoted identifier that starts at `i`, when `i` is in code position;
 * undefined when an ordinary character sits there.
 */
function readSpecial(text, i) {
    const len = text.length;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c === 0x2d && next === 0x2d) {
        // `--` runs to the line end; the line break (`\n` or `\r\n`) is not part of the comment.
        const nl = text.indexOf('\n', i + 2);
        if (nl < 0)
            return special('line-comment', i, len, true);
        const end = nl - 1 >= i + 2 && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
        return special('line-comment', i, end, true);
    }
    if (c === 0x2f && next === 0x2a) {
        let depth = 1;
        let j = i + 2;
        while (j < len) {
            const a = text.charCodeAt(j);
            const b = text.charCodeAt(j + 1);
            if (a === 0x2f && b === 0x2a) {
                depth++;
                j += 2;
            }
            else if (a === 0x2a && b === 0x2f) {
                j += 2;
                if (--depth === 0)
                    return special('block-comment', i, j, true);
            }
            else {
                j++;
            }
        }
        return special('block-comment', i, len, false);
    }
    if (c === 0x27)
        return readQuoted(text, i, "'", opensEscapeString(text, i));
    if (c === 0x22)
        return readQuoted(text, i, '"', false);
    if (c === 0x24) {
        const tagLength = dollarTagLength(text, i);
        if (tagLength === 0)
            return undefined;
        const close = text.indexOf(text.slice(i, i + tagLength), i + tagLength);
        if (close < 0)
            return special('dollar', i, len, false, false, tagLength);
        return special('dollar', i, close + tagLength, true, false, tagLength);
    }
    return undefined;
}
function readQuoted(text, start, quote, escape) {
    const kind = quote === "'" ? 'string' : 'quoted-ident';
    const len = text.length;
    const q = quote.charCodeAt(0);
    let j = start + 1;
    if (escape) {
        while (j < len) {
            const c = text.charCodeAt(j);
            if (c === 0x5c && j + 1 < len)
                j += 2;
            else if (c === q && text.charCodeAt(j + 1) === q)
                j += 2;
            else if (c === q)
                return special(kind, start, j + 1, true, true);
            else
                j++;
        }
        return special(kind, start, len, false, true);
    }
    for (;;) {
        const k = text.indexOf(quote, j);
        if (k < 0)
            return special(kind, start, len, false);
        if (text.charCodeAt(k + 1) === q)
            j = k + 2;
        else
            return special(kind, start, k + 1, true);
    }
}
/** Whether a code unit could start a comment, literal or quoted identifier. */
function mayStartSpecial(c) {
    return c === 0x2d || c === 0x2f || c === 0x27 || c === 0x22 || c === 0x24;
}
/** Calls `onSpecial` for every comment, literal and quoted identifier, in order. Linear. */
function scanSql(text, onSpecial) {
    let i = 0;
    const len = text.length;
    while (i < len) {
        if (mayStartSpecial(text.charCodeAt(i))) {
            const s = readSpecial(text, i);
            if (s) {
                onSpecial(s);
                i = s.end;
                continue;
            }
        }
        i++;
    }
}
// ---------------------------------------------------------------------------------------------
// The same primitives over UTF-8 bytes, for the statement splitter of large files (statements.ts):
// a file is split as the scanner read it, without decoding tens of megabytes into a string and
// mapping character offsets back to bytes. Every byte that matters to the grammar is ASCII, and
// no byte of a multi-byte character is, so the rules above read the same; where they ask about a
// non-ASCII character (a letter before `E'`, in a dollar tag) the character is decoded. Offsets
// here are byte offsets.
/** The code point whose UTF-8 encoding ends just before `end`. */
function codePointBeforeBytes(bytes, end) {
    let start = end - 1;
    while (start > 0 && end - start < 4 && (bytes[start] & 0xc0) === 0x80)
        start--;
    return codePointAtBytes(bytes, start);
}
/** The code point whose UTF-8 encoding starts at `at` (the lead byte's own value if invalid). */
function codePointAtBytes(bytes, at) {
    const b = bytes[at];
    if (b < 0x80)
        return b;
    const n = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
    let cp = n === 3 ? b & 0x07 : n === 2 ? b & 0x0f : b & 0x1f;
    for (let k = 1; k <= n; k++)
        cp = (cp << 6) | (bytes[at + k] & 0x3f);
    return n === 0 ? b : cp;
}
/** UTF-8 length of the character starting with byte `b`. */
const charLength = (b) => (b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2);
const TAG_START = /^[\p{L}_]$/u;
const TAG_PART = /^[\p{L}\p{Nd}_]$/u;
/** `dollarTagLength` over bytes: the length in bytes of a `$$` / `$name$` tag at `at`, or 0. */
function dollarTagLengthBytes(bytes, at) {
    const len = bytes.length;
    let j = at + 1;
    if (j < len && bytes[j] === 0x24)
        return 2;
    let first = true;
    while (j < len) {
        const b = bytes[j];
        if (b === 0x24)
            return first ? 0 : j - at + 1;
        let ok;
        if (b < 0x80) {
            const lower = b | 0x20;
            ok = (lower >= 0x61 && lower <= 0x7a) || b === 0x5f || (!first && b >= 0x30 && b <= 0x39);
        }
        else {
            const ch = String.fromCodePoint(codePointAtBytes(bytes, j));
            ok = (first ? TAG_START : TAG_PART).test(ch);
        }
        if (!ok)
            return 0;
        first = false;
        j += charLength(b);
    }
    return 0;
}
/** `opensEscapeString` over bytes. */
function opensEscapeStringBytes(bytes, quote) {
    const e = bytes[quote - 1];
    if (e !== 0x45 && e !== 0x65)
        return false;
    return quote === 1 || !isIdentifierCodePoint(codePointBeforeBytes(bytes, quote - 1));
}
/**
 * `readSpecial` over bytes: just past the comment, literal, quoted identifier or dollar quote
 * that starts at `i` (the end of the input when unterminated), and whether it is a comment; -1
 * when an ordinary byte sits there.
 */
function specialEndBytes(bytes, i) {
    const len = bytes.length;
    const c = bytes[i];
    const next = i + 1 < len ? bytes[i + 1] : -1;
    if (c === 0x2d && next === 0x2d) {
        const nl = bytes.indexOf(0x0a, i + 2);
        if (nl < 0)
            return len;
        return nl - 1 >= i + 2 && bytes[nl - 1] === 0x0d ? nl - 1 : nl;
    }
    if (c === 0x2f && next === 0x2a) {
        let depth = 1;
        let j = i + 2;
        while (j < len) {
            const a = bytes[j];
            if (a === 0x2f && bytes[j + 1] === 0x2a) {
                depth++;
                j += 2;
            }
            else if (a === 0x2a && bytes[j + 1] === 0x2f) {
                j += 2;
                if (--depth === 0)
                    return j;
            }
            else {
                j++;
            }
        }
        return len;
    }
    if (c === 0x27 || c === 0x22) {
        let j = i + 1;
        if (c === 0x27 && opensEscapeStringBytes(bytes, i)) {
            while (j < len) {
                const b = bytes[j];
                if (b === 0x5c && j + 1 < len)
                    j += 2;
                else if (b === c && bytes[j + 1] === c)
                    j += 2;
                else if (b === c)
                    return j + 1;
                else
                    j++;
            }
            return len;
        }
        for (;;) {
            const k = bytes.indexOf(c, j);
            if (k < 0)
                return len;
            if (bytes[k + 1] === c)
                j = k + 2;
            else
                return k + 1;
        }
    }
    if (c === 0x24) {
        const tagLength = dollarTagLengthBytes(bytes, i);
        if (tagLength === 0)
            return -1;
        const close = bytes.indexOf(bytes.subarray(i, i + tagLength), i + tagLength);
        return close < 0 ? len : close + tagLength;
    }
    return -1;
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Whether `text` holds a lone surrogate: the JavaScript counterpart of invalid UTF-8, where
 * upstream gives up splitting (deploy.sql into units, a file into statements).
 */
function hasLoneSurrogate(text) {
    return LONE_SURROGATE.test(text);
}

;// CONCATENATED MODULE: ./src/engine/preprocess/mask.ts
/**
 * The mask (deploy-pipeline.md §1.1): a copy of the SQL of the same length, identical outside
 * literals, with comments, literal contents, quoted-identifier contents and dollar-quoted bodies
 * replaced by spaces. Macro detection and statement splitting read the mask, so a `;`, `COMMIT`
 * or `CALL pgmi_test()` inside a literal or comment is invisible to them, while every offset in
 * the mask is an offset in the original.
 *
 * Hand-written (see sql-scan.ts) because it must agree with upstream pgmi's splitter byte for
 * byte in its semantics. Lengths are in JavaScript code units (upstream counts UTF-8 bytes): a
 * masked surrogate pair becomes two spaces, so offsets stay aligned with the input string.
 */

/**
 * The mask is built in a UTF-16LE buffer (one code unit = two bytes): copying the text in and
 * decoding it back are native and preserve every code unit, lone surrogates included, which is
 * far cheaper than assembling millions of small strings for a large deploy.sql.
 */
const SPACE_UNIT = Buffer.from(' ', 'utf16le');
class UnitBuffer {
    text;
    bytes;
    constructor(text) {
        this.text = text;
        this.bytes = Buffer.allocUnsafeSlow(text.length * 2);
        this.bytes.write(text, 0, 'utf16le');
    }
    blank(from, to) {
        const b = this.bytes;
        if (to - from > 64) {
            b.fill(SPACE_UNIT, from * 2, to * 2);
            return;
        }
        for (let i = from * 2; i < to * 2; i += 2) {
            b[i] = 0x20;
            b[i + 1] = 0;
        }
    }
    /** Restores the original code unit at `i`. */
    keep(i) {
        const c = this.text.charCodeAt(i);
        this.bytes[i * 2] = c & 0xff;
        this.bytes[i * 2 + 1] = c >> 8;
    }
    toString() {
        return this.bytes.toString('utf16le');
    }
}
/**
 * Contents of a quoted literal or identifier, already blanked: doubled quotes are written back
 * verbatim (so nothing reads them as delimiters); in an `E'…'` literal a backslash and the
 * character after it stay masked together.
 */
function keepDoubledQuotes(out, from, to, escape) {
    const text = out.text;
    const q = text.charCodeAt(from - 1);
    let j = from;
    while (j < to) {
        const c = text.charCodeAt(j);
        if (escape && c === 0x5c && j + 1 < to) {
            j += 2;
        }
        else if (c === q && j + 1 < to && text.charCodeAt(j + 1) === q) {
            out.keep(j);
            out.keep(j + 1);
            j += 2;
        }
        else {
            j++;
        }
    }
}
/** Blanks one comment, literal or quoted identifier, keeping quotes and dollar tags. */
function maskSpecial(out, s) {
    out.blank(s.start, s.end);
    if (s.kind === 'line-comment' || s.kind === 'block-comment')
        return;
    if (s.kind === 'dollar') {
        for (let k = 0; k < s.tagLength; k++) {
            out.keep(s.start + k);
            if (s.closed)
                out.keep(s.end - s.tagLength + k);
        }
        return;
    }
    out.keep(s.start);
    if (s.closed)
        out.keep(s.end - 1);
    keepDoubledQuotes(out, s.start + 1, s.closed ? s.end - 1 : s.end, s.escape);
}
/** Same length as `text`, identical outside comments and literals; linear time. */
function maskSql(text) {
    if (text.length === 0)
        return '';
    const out = new UnitBuffer(text);
    scanSql(text, (s) => maskSpecial(out, s));
    return out.toString();
}

;// CONCATENATED MODULE: ./src/engine/preprocess/split.ts
/**
 * Execution units: "atomic head, psql tail" (deploy-pipeline.md §2). Before the first top-level
 * transaction terminator, everything runs as one simple-query message; after it, every top-level
 * statement is a message of its own, so `CREATE INDEX CONCURRENTLY` and friends can run.
 *
 * Position padding (§2.4) — decided against. Upstream prefixes each tail unit with newlines and
 * spaces so the server's error position resolves against the full script; that still costs
 * memory and bytes on the wire per unit (quadratic before upstream trimmed it to line+column).
 * Here a unit's `text` is the raw statement and carries its `offset` and `line` in the expanded
 * script; `locateUnitError` (locate.ts) translates a unit-relative position through them. That
 * is exact for every character, multi-byte ones included (upstream's byte padding is off by
 * bytes − characters), and keeps the split linear in time and memory for any script size.
 */


function isLetter(c) {
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isBlankChar(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
/** Words of a masked statement, one at a time: ASCII letters only, upper-cased (upstream's rule). */
class Words {
    mask;
    to;
    pos;
    constructor(mask, from, to) {
        this.mask = mask;
        this.to = to;
        this.pos = from;
    }
    /** The next word, or '' at the end. */
    next() {
        const { mask, to } = this;
        let i = this.pos;
        while (i < to && !isLetter(mask.charCodeAt(i)))
            i++;
        let j = i;
        while (j < to && isLetter(mask.charCodeAt(j)))
            j++;
        this.pos = j;
        return mask.slice(i, j).toUpperCase();
    }
    /** Whether only white space separates the current position from the next letter. */
    onlySpaceBeforeNextWord() {
        for (let i = this.pos; i < this.to && !isLetter(this.mask.charCodeAt(i)); i++) {
            if (!isBlankChar(this.mask.charCodeAt(i)))
                return false;
        }
        return true;
    }
}
/**
 * COMMIT | END | ROLLBACK | ABORT, optionally WORK | TRANSACTION, then nothing or AND [NO] CHAIN.
 * `ROLLBACK TO SAVEPOINT` and `COMMIT PREPARED` are not terminators.
 */
function isTransactionTerminator(mask, from, to) {
    const words = new Words(mask, from, to);
    const first = words.next();
    if (first !== 'COMMIT' && first !== 'END' && first !== 'ROLLBACK' && first !== 'ABORT') {
        return false;
    }
    let second = words.next();
    if (second === 'WORK' || second === 'TRANSACTION')
        second = words.next();
    return second === '' || second === 'AND';
}
/**
 * What a single top-level statement (a tail unit) may do to the session's transaction: `opens`
 * one (BEGIN, START TRANSACTION: commits nothing), `commits` the open one (COMMIT, END, PREPARE
 * TRANSACTION; also PREPARE of a statement, which commits nothing: counted in to be safe), or
 * `other`.
 */
function transactionEffect(statement) {
    const mask = maskSql(statement);
    const first = new Words(mask, 0, mask.length).next();
    if (first === 'BEGIN' || first === 'START')
        return 'opens';
    if (first === 'COMMIT' || first === 'END' || first === 'PREPARE')
        return 'commits';
    return 'other';
}
/**
 * Tracks SQL-standard `BEGIN ATOMIC … END` function bodies: they are not dollar-quoted, so their
 * `;` and `END` are visible in the mask and must neither end a statement nor anchor the head.
 */
class AtomicBody {
    open = false;
    /** Consumes the chunk ending at a top-level `;`; true when that `;` ends a statement. */
    observe(mask, from, to) {
        if (this.open) {
            if (new Words(mask, from, to).next() === 'END') {
                this.open = false;
                return true;
            }
            return false;
        }
        const words = new Words(mask, from, to);
        for (let w = words.next(); w !== ''; w = words.next()) {
            if (w === 'BEGIN' && words.onlySpaceBeforeNextWord()) {
                const save = words.pos;
                if (words.next() === 'ATOMIC') {
                    this.open = !closesBody(words);
                    return !this.open;
                }
                words.pos = save;
            }
        }
        return true;
    }
}
/** Whether an END not balanced by a CASE follows: an empty body, `BEGIN ATOMIC END`. */
function closesBody(words) {
    let depth = 0;
    for (let w = words.next(); w !== ''; w = words.next()) {
        if (w === 'CASE')
            depth++;
        else if (w === 'END') {
            if (depth === 0)
                return true;
            depth--;
        }
    }
    return false;
}
function isBlank(mask, from, to) {
    for (let i = from; i < to; i++)
        if (!isBlankChar(mask.charCodeAt(i)))
            return false;
    return true;
}
/**
 * Calls `onStatement(start, end)` for each top-level statement from `from` (end just past its
 * `;`); stops early when it returns true. Returns where the unterminated remainder starts.
 */
function forEachStatement(mask, from, onStatement) {
    let depth = 0;
    let stmtStart = from;
    let chunkStart = from;
    const body = new AtomicBody();
    for (let i = from; i < mask.length; i++) {
        const c = mask.charCodeAt(i);
        if (c === 0x28)
            depth++;
        else if (c === 0x29)
            depth--;
        else if (c === 0x3b && depth === 0) {
            const ends = body.observe(mask, chunkStart, i);
            chunkStart = i + 1;
            if (ends) {
                const stop = onStatement(stmtStart, i + 1);
                stmtStart = i + 1;
                if (stop)
                    return stmtStart;
            }
        }
    }
    return stmtStart;
}
/**
 * Splits the macro-expanded deploy.sql into execution units. One unit (the whole script) when
 * there is no top-level terminator or only comments follow the first one; otherwise the head
 * through the first terminator, then one unit per top-level statement.
 */
function splitUnits(expanded) {
    const mask = maskSql(expanded);
    let headEnd = -1;
    const wellFormed = !hasLoneSurrogate(expanded);
    if (wellFormed) {
        const rest = forEachStatement(mask, 0, (start, end) => {
            if (isTransactionTerminator(mask, start, end - 1))
                headEnd = end;
            return headEnd >= 0;
        });
        if (headEnd < 0 && isTransactionTerminator(mask, rest, mask.length))
            headEnd = mask.length;
    }
    const units = [];
    let line = 1;
    // The next line break not yet counted (or -1 when none is left). Kept between units so that
    // many statements on one line do not each search to the end of the script (quadratic).
    let nextBreak = expanded.indexOf('\n');
    const push = (start, end) => {
        let s = start;
        while (s < end && isBlankChar(expanded.charCodeAt(s)))
            s++;
        while (nextBreak >= 0 && nextBreak < s) {
            line++;
            nextBreak = expanded.indexOf('\n', nextBreak + 1);
        }
        units.push({ text: expanded.slice(s, end), offset: s, line });
    };
    if (headEnd < 0 || isBlank(mask, headEnd, mask.length)) {
        push(0, expanded.length);
        return units;
    }
    push(0, headEnd);
    // Every `;`-terminated statement is a unit, even an empty one (`;;` sends `;`, an empty query).
    const tail = forEachStatement(mask, headEnd, (start, end) => {
        push(start, end);
        return false;
    });
    if (!isBlank(mask, tail, mask.length))
        push(tail, expanded.length);
    return units;
}

;// CONCATENATED MODULE: ./src/engine/preprocess/head-terminator.ts
/**
 * The atomic head's work and its terminator, found once for both uses:
 *
 * - A deploy sends the terminator in a message of its own (`splitHeadUnit`). Sent as one
 *   simple-query message, `BEGIN; …; COMMIT;` is finished by the backend even when the client
 *   has gone (a killed runner, an OOM kill): nothing reads the socket until the message is done,
 *   so the COMMIT runs. Split off, the work runs inside the open transaction and the COMMIT is
 *   only sent once that work came back successfully; a backend whose client is gone meets
 *   end-of-file instead and rolls back. Only heads that open the transaction themselves (`BEGIN`
 *   / `START TRANSACTION` first) are split: without one, the head runs as the server's implicit
 *   transaction block, where a later COMMIT or ROLLBACK in the same message means something
 *   different than in a message of its own, and the atomic-head contract (what commits, what
 *   fails, with which error) must not move.
 * - A rehearsal runs the work and sends a ROLLBACK in the terminator's place
 *   (`splitHeadTerminator`), whether or not the head opened the transaction itself.
 */


const OPENS = /^\s*(BEGIN|START\s+TRANSACTION)(?![A-Za-z0-9_$])/i;
const TERMINATES = /^\s*(COMMIT|END|ROLLBACK|ABORT)(\s+(WORK|TRANSACTION))?(\s+AND(\s+NO)?\s+CHAIN)?\s*;?\s*$/i;
/** Top-level `;` offsets of a mask (parentheses balanced; comments and literals are blank). */
function topLevelSemicolons(mask) {
    const out = [];
    let depth = 0;
    for (let i = 0; i < mask.length; i++) {
        const c = mask.charCodeAt(i);
        if (c === 0x28)
            depth++;
        else if (c === 0x29)
            depth--;
        else if (c === 0x3b && depth === 0)
            out.push(i);
    }
    return out;
}
/**
 * Where the head's terminator statement starts (just after the `;` before it), or undefined when
 * the head does not end in one. `hasTail` says whether the splitter anchored a tail after the
 * head, in which case it ends in a terminator by construction. A lone unit ends in one only when
 * the splitter says so: a trailing `END;` may close a `BEGIN ATOMIC` body instead, so the
 * splitter is asked (with a statement appended, after which a terminator would anchor a tail).
 */
function terminatorStart(text, mask, hasTail) {
    const semis = topLevelSemicolons(mask);
    // The terminator is the last statement that is not blank: it ends at the last `;` (or at the
    // end of the text when it has none) and starts after the `;` before it.
    let end = mask.length;
    let k = semis.length - 1;
    const hadSemicolon = k >= 0 && mask.slice(semis[k] + 1).trim() === '';
    if (hadSemicolon) {
        end = semis[k] + 1;
        k--;
    }
    const start = k >= 0 ? semis[k] + 1 : 0;
    if (!TERMINATES.test(mask.slice(start, end)))
        return undefined;
    if (!hasTail && splitUnits(`${text}${hadSemicolon ? '' : ';'}\nSELECT;`).length < 2) {
        return undefined;
    }
    return start;
}
/** The head as work and terminator, for a rehearsal. */
function splitHeadTerminator(head, hasTail) {
    const start = terminatorStart(head, maskSql(head), hasTail);
    if (start === undefined)
        return { work: head, terminator: '' };
    return { work: head.slice(0, start), terminator: head.slice(start).trimStart() };
}
/** Splits a head unit into work and terminator, or undefined when it must go as one message. */
function splitHeadUnit(unit, hasTail) {
    const mask = maskSql(unit.text);
    if (!OPENS.test(mask))
        return undefined;
    const start = terminatorStart(unit.text, mask, hasTail);
    // A terminator with no work before it (the head is only `COMMIT;`) is not split either.
    if (start === undefined || start === 0)
        return undefined;
    // The terminator message starts at its first non-blank character, like any unit.
    let s = start;
    while (s < mask.length && /\s/.test(unit.text[s]))
        s++;
    let line = unit.line;
    for (let i = 0; i < s; i++)
        if (unit.text.charCodeAt(i) === 0x0a)
            line++;
    return {
        body: { text: unit.text.slice(0, start), offset: unit.offset, line: unit.line },
        terminator: { text: unit.text.slice(s), offset: unit.offset + s, line },
    };
}
/** First line of a unit that is not blank or comment: how a tail unit is listed. */
function firstLineOf(text) {
    const mask = maskSql(text);
    const at = mask.search(/\S/);
    if (at < 0)
        return text.trim().split('\n')[0] ?? '';
    const from = text.lastIndexOf('\n', at) + 1;
    const nl = text.indexOf('\n', at);
    return text.slice(from, nl < 0 ? undefined : nl).trim();
}

;// CONCATENATED MODULE: ./src/engine/preprocess/callback-name.ts
/**
 * Validation of a `pgmi_test()` callback name (deploy-pipeline.md §1.3), worded exactly as
 * upstream pgmi's `validateCallbackName` so scripts that grep the message keep working. The name
 * is spliced into generated SQL by the session, which is why anything beyond
 * `[schema.]function` with plain identifiers is refused (e.g. `'DROP TABLE users; --'`).
 */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const utf8 = new TextEncoder();
/** Go's `%q` for the strings that reach these messages (JSON's escaping is the same there). */
function quote(s) {
    return JSON.stringify(s);
}
/** The problem with `callback`, or undefined when it is valid (or empty: the default). */
function validateCallbackName(callback) {
    if (callback === '')
        return undefined;
    const parts = callback.split('.');
    if (parts.length > 2) {
        return `invalid callback ${quote(callback)}: expected [schema.]function format`;
    }
    for (const part of parts) {
        if (part === '')
            return `invalid callback ${quote(callback)}: empty identifier`;
        // Upstream measures the part in UTF-8 bytes (Go's len), so do we.
        if (utf8.encode(part).length > 63) {
            return `invalid callback ${quote(callback)}: identifier ${quote(part)} exceeds 63 character limit`;
        }
        if (!IDENTIFIER.test(part)) {
            return `invalid callback ${quote(callback)}: ${quote(part)} is not a valid identifier`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/preprocess/locate.ts
/**
 * The string offset (UTF-16 units) of a 1-based character position, or undefined when the
 * position lies outside the text (anything past the end-of-text position `length + 1`).
 */
function offsetOfPosition(text, position) {
    if (!Number.isInteger(position) || position < 1)
        return undefined;
    let remaining = position - 1;
    let offset = 0;
    for (const ch of text) {
        if (remaining === 0)
            return offset;
        remaining--;
        offset += ch.length;
    }
    return remaining === 0 ? offset : undefined;
}
function countNewlines(text, from, to) {
    let n = 0;
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
function codePointCount(s) {
    let n = 0;
    for (const _ of s)
        n++;
    return n;
}
/** Column and source line of a string offset, given the line number it is on. */
function describeOffset(text, offset, line) {
    const lineStart = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
    const nl = text.indexOf('\n', offset);
    let sourceLine = text.slice(lineStart, nl < 0 ? text.length : nl);
    if (sourceLine.endsWith('\r'))
        sourceLine = sourceLine.slice(0, -1);
    return { line, column: codePointCount(text.slice(lineStart, offset)) + 1, sourceLine };
}
/** Location of a string offset (UTF-16 units) in `text`. */
function locateOffset(text, offset) {
    return describeOffset(text, offset, 1 + countNewlines(text, 0, offset));
}
/**
 * Location of a PostgreSQL error position in `text`: `\n` starts a new line, every other
 * character (including `\r`) advances the column. Undefined when position > length + 1.
 */
function locateInText(text, position) {
    const offset = offsetOfPosition(text, position);
    return offset === undefined ? undefined : locateOffset(text, offset);
}
/**
 * Location in the whole expanded script of a position the server reported for one execution
 * unit. Units are sent unpadded (see split.ts), so the position is relative to `unit.text` and
 * is translated through the unit's offset in the script.
 */
function locateUnitError(unit, fullScript, position) {
    const inUnit = offsetOfPosition(unit.text, position);
    if (inUnit === undefined)
        return undefined;
    const line = unit.line + countNewlines(unit.text, 0, inUnit);
    return describeOffset(fullScript, unit.offset + inUnit, line);
}

;// CONCATENATED MODULE: ./src/engine/preprocess/string-literal.ts
/**
 * Values of SQL string literals as PostgreSQL reads them (standard_conforming_strings on), for
 * macro arguments written as `'it''s'`, `E'a\tb'` or `$$…$$` (decisions.md 5).
 */
const string_literal_utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** `'…'` contents: a doubled quote is one quote; backslashes are ordinary characters. */
function decodeStandardString(content) {
    return content.replaceAll("''", "'");
}
const SIMPLE_ESCAPES = { b: 8, f: 12, n: 10, r: 13, t: 9 };
/**
 * `E'…'` contents: `\b \f \n \r \t`, octal `\o`…`\ooo` and hex `\xh`/`\xhh` byte values,
 * `\uXXXX` / `\UXXXXXXXX` code points, any other `\c` is `c`, and `''` is `'`. Byte escapes may
 * build multi-byte UTF-8 characters, so the value is assembled as bytes; a result that is not
 * valid UTF-8 (which PostgreSQL rejects too) throws.
 */
function decodeEscapeString(content) {
    const bytes = [];
    const pushText = (s) => {
        for (const b of string_literal_utf8.encode(s))
            bytes.push(b);
    };
    let run = 0;
    let i = 0;
    const flush = (to) => {
        if (to > run)
            pushText(content.slice(run, to));
    };
    while (i < content.length) {
        const c = content[i];
        if (c === "'" && content[i + 1] === "'") {
            flush(i);
            bytes.push(0x27);
            i += 2;
            run = i;
            continue;
        }
        if (c !== '\\' || i + 1 >= content.length) {
            i++;
            continue;
        }
        flush(i);
        const e = content[i + 1];
        let m;
        if (e in SIMPLE_ESCAPES) {
            bytes.push(SIMPLE_ESCAPES[e]);
            i += 2;
        }
        else if ((m = /^[0-7]{1,3}/.exec(content.slice(i + 1, i + 4)))) {
            bytes.push(parseInt(m[0], 8) & 0xff);
            i += 1 + m[0].length;
        }
        else if (e === 'x' && (m = /^[0-9a-fA-F]{1,2}/.exec(content.slice(i + 2, i + 4)))) {
            bytes.push(parseInt(m[0], 16));
            i += 2 + m[0].length;
        }
        else if (e === 'u' || e === 'U') {
            const digits = e === 'u' ? 4 : 8;
            const hex = content.slice(i + 2, i + 2 + digits);
            const cp = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? parseInt(hex, 16) : -1;
            if (cp < 1 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
                throw new Error(`invalid Unicode escape \\${e}${hex} in E'…' string`);
            }
            pushText(String.fromCodePoint(cp));
            i += 2 + digits;
        }
        else {
            // Any other escaped character stands for itself (a surrogate pair stays whole).
            const cp = content.codePointAt(i + 1);
            pushText(String.fromCodePoint(cp));
            i += 1 + (cp > 0xffff ? 2 : 1);
        }
        run = i;
    }
    flush(content.length);
    if (bytes.includes(0))
        throw new Error("E'…' strings cannot contain a zero byte");
    try {
        return strictUtf8.decode(new Uint8Array(bytes));
    }
    catch {
        throw new Error("E'…' string escapes do not form valid UTF-8");
    }
}

;// CONCATENATED MODULE: ./src/engine/preprocess/macro-parse.ts
/**
 * Token-level parser for one `CALL [pg_temp.]pgmi_test(...)` (decisions.md 5): arguments may be
 * written as any string literal PostgreSQL accepts ('…' with doubled quotes, E'…', $$…$$), cast
 * (`'x'::text`, `CAST('x' AS text)`), or NULL; white space and comments may sit between tokens.
 * The lexer reuses sql-scan.ts, so it agrees with the mask about every literal's extent.
 */


class ParseFailure extends Error {
}
const WORD = /[A-Za-z0-9_]+/y;
function isSpace(c) {
    return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
/** The next token at or after `pos`, skipping white space and comments. */
function nextToken(text, pos) {
    let i = pos;
    for (;;) {
        while (i < text.length && isSpace(text.charCodeAt(i)))
            i++;
        if (i >= text.length)
            return { kind: 'eof', start: i, end: i, value: '' };
        const s = readSpecial(text, i);
        if (s && (s.kind === 'line-comment' || s.kind === 'block-comment')) {
            i = s.end;
            continue;
        }
        if (s) {
            if (!s.closed)
                return { kind: 'unterminated', start: i, end: s.end, value: '' };
            if (s.kind === 'quoted-ident')
                return { kind: 'other', start: i, end: s.end, value: '' };
            if (s.kind === 'dollar') {
                const body = text.slice(i + s.tagLength, s.end - s.tagLength);
                return { kind: 'string', start: i, end: s.end, value: body };
            }
            return {
                kind: 'string',
                start: i,
                end: s.end,
                ...decodeString(text, s.start, s.end, s.escape),
            };
        }
        WORD.lastIndex = i;
        const w = WORD.exec(text);
        if (w) {
            const end = i + w[0].length;
            // E'…': the E is a token of its own, immediately followed by the quote.
            if (w[0].toLowerCase() === 'e' && text[end] === "'") {
                const lit = readSpecial(text, end);
                if (lit && !lit.closed)
                    return { kind: 'unterminated', start: i, end: lit.end, value: '' };
                if (lit) {
                    return {
                        kind: 'string',
                        start: i,
                        end: lit.end,
                        ...decodeString(text, end, lit.end, lit.escape),
                    };
                }
            }
            return { kind: 'word', start: i, end, value: w[0].toLowerCase() };
        }
        if (text.startsWith('::', i))
            return { kind: 'punct', start: i, end: i + 2, value: '::' };
        const cp = text.codePointAt(i);
        const width = cp > 0xffff ? 2 : 1;
        return { kind: 'punct', start: i, end: i + width, value: text.slice(i, i + width) };
    }
}
function decodeString(text, start, end, escape) {
    const content = text.slice(start + 1, end - 1);
    if (!escape)
        return { value: decodeStandardString(content) };
    try {
        return { value: decodeEscapeString(content) };
    }
    catch (e) {
        return { value: '', invalid: e.message };
    }
}
/** Whether the identifier ending at `end` really goes on (`pgmi_test$x`, `pgmi_testé`). */
function identifierContinues(text, end) {
    const cp = text.codePointAt(end);
    return cp === 0x24 || (cp !== undefined && cp >= 0x80 && isIdentifierCodePoint(cp));
}
function isWord(t, text, word) {
    return t.kind === 'word' && t.value === word && !identifierContinues(text, t.end);
}
function isPunct(t, p) {
    return t.kind === 'punct' && t.value === p;
}
function describe(text, t) {
    const snippet = text.slice(t.start, Math.min(t.end, t.start + 30));
    return `"${snippet}${t.end > t.start + 30 ? '…' : ''}"`;
}
const ARGUMENT_FORMS = "arguments must be string literals ('…', E'…' or $$…$$), optionally cast, or NULL";
class MacroParser {
    text;
    constructor(text) {
        this.text = text;
    }
    next(pos) {
        const t = nextToken(this.text, pos);
        if (t.kind === 'unterminated')
            throw new ParseFailure('unterminated literal or comment');
        return t;
    }
    fail(t, what) {
        if (t.kind === 'eof')
            throw new ParseFailure('incomplete call: the text ends before its ")"');
        throw new ParseFailure(`${what}, found ${describe(this.text, t)}`);
    }
    /** A type name after `::` or `AS`: words, optionally qualified, `(n)` modifiers, `[]`. */
    typeName(t) {
        if (t.kind !== 'word')
            this.fail(t, 'expected a type name');
        let cur = this.next(t.end);
        for (;;) {
            if (cur.kind === 'word')
                cur = this.next(cur.end);
            else if (isPunct(cur, '.')) {
                const w = this.next(cur.end);
                if (w.kind !== 'word')
                    this.fail(w, 'expected a type name');
                cur = this.next(w.end);
            }
            else if (isPunct(cur, '(')) {
                let n = this.next(cur.end);
                while (n.kind === 'word' || isPunct(n, ','))
                    n = this.next(n.end);
                if (!isPunct(n, ')'))
                    this.fail(n, 'expected ")" after a type modifier');
                cur = this.next(n.end);
            }
            else if (isPunct(cur, '[')) {
                const close = this.next(cur.end);
                if (!isPunct(close, ']'))
                    this.fail(close, 'expected "]"');
                cur = this.next(close.end);
            }
            else
                return cur;
        }
    }
    /** One argument; returns its value and the token after it. */
    value(t) {
        let value;
        let cur;
        if (t.kind === 'string') {
            if (t.invalid !== undefined)
                throw new ParseFailure(t.invalid);
            value = t.value;
            cur = this.next(t.end);
        }
        else if (isWord(t, this.text, 'null')) {
            value = null;
            cur = this.next(t.end);
        }
        else if (isWord(t, this.text, 'cast') && isPunct(this.next(t.end), '(')) {
            const inner = this.value(this.next(this.next(t.end).end));
            if (!isWord(inner.after, this.text, 'as'))
                this.fail(inner.after, 'expected AS in CAST');
            const close = this.typeName(this.next(inner.after.end));
            if (!isPunct(close, ')'))
                this.fail(close, 'expected ")" to close CAST');
            value = inner.value;
            cur = this.next(close.end);
        }
        else {
            this.fail(t, `unsupported argument syntax (${ARGUMENT_FORMS})`);
        }
        while (isPunct(cur, '::'))
            cur = this.typeName(this.next(cur.end));
        return { value, after: cur };
    }
    /** Parses from `CALL` at `start`; undefined when this is not a call of pgmi_test at all. */
    parse(start) {
        const text = this.text;
        const call = nextToken(text, start);
        if (!isWord(call, text, 'call'))
            return undefined;
        let name = nextToken(text, call.end);
        if (isWord(name, text, 'pg_temp')) {
            const dot = nextToken(text, name.end);
            if (!isPunct(dot, '.'))
                return undefined;
            name = nextToken(text, dot.end);
        }
        if (!isWord(name, text, 'pgmi_test'))
            return undefined;
        try {
            return this.parseArguments(name);
        }
        catch (e) {
            if (e instanceof ParseFailure)
                return { kind: 'error', reason: e.message };
            throw e;
        }
    }
    parseArguments(name) {
        const open = this.next(name.end);
        if (!isPunct(open, '('))
            this.fail(open, 'expected "(" after pgmi_test');
        const args = [];
        let t = this.next(open.end);
        if (!isPunct(t, ')')) {
            if (isPunct(t, ',')) {
                // Upstream's odd `CALL pgmi_test(, 'cb')`: first argument omitted.
                args.push(null);
                t = this.next(t.end);
            }
            for (;;) {
                const v = this.value(t);
                args.push(v.value);
                t = v.after;
                if (isPunct(t, ')'))
                    break;
                if (!isPunct(t, ','))
                    this.fail(t, 'expected "," or ")"');
                if (args.length >= 2) {
                    throw new ParseFailure('too many arguments (pgmi_test takes a pattern and a callback)');
                }
                t = this.next(t.end);
            }
        }
        const after = nextToken(this.text, t.end);
        const end = isPunct(after, ';') ? after.end : t.end;
        const [pattern = null, callback = null] = args;
        return {
            kind: 'macro',
            end,
            pattern: pattern === '' ? null : pattern,
            callback: callback === '' ? null : callback,
        };
    }
}
/** Parses a `CALL pgmi_test(...)` starting at `start` (which is in code position). */
function parseMacroAt(text, start) {
    return new MacroParser(text).parse(start);
}

;// CONCATENATED MODULE: ./src/engine/preprocess/pattern-check.ts
/**
 * A conservative syntax check of PostgreSQL advanced regular expressions (ARE), so a
 * `CALL pgmi_test('(')` fails offline, before anything is deployed (decisions.md 2).
 *
 * PostgreSQL's regex engine (Spencer's, `src/backend/regex/`) has no JavaScript port and its
 * dialect differs from JavaScript's RegExp, so this is hand-written and deliberately narrow: it
 * rejects only what PostgreSQL certainly rejects — unbalanced parentheses or brackets, a
 * quantifier without an operand, a trailing backslash, malformed `{m,n}` bounds — and accepts
 * anything it is unsure of (other flavours chosen by `***=` or embedded options, expanded syntax,
 * escapes it does not know). Every rule was checked against a real server; the integration test
 * `__tests__/preprocess-pattern.int.test.ts` keeps it honest.
 */
/** Errors worded as PostgreSQL words them (after `invalid regular expression: `). */
const PARENS = 'parentheses () not balanced';
const BRACKETS = 'brackets [] not balanced';
const BRACES = 'braces {} not balanced';
const QUANTIFIER = 'quantifier operand invalid';
const REPETITION = 'invalid repetition count(s)';
const ESCAPE = 'invalid escape \\ sequence';
/** PostgreSQL's DUPMAX: the largest bound in `{m,n}`. */
const MAX_BOUND = 255;
/** Embedded options that leave ARE syntax unchanged (`b`, `e`, `q`, `x` change it). */
const SAFE_OPTIONS = /^[cimnpstw]+$/;
function isDigit(c) {
    return c !== undefined && c >= '0' && c <= '9';
}
/** Index just past a bracket expression opening at `open`, or an error. */
function skipBracket(p, open) {
    let j = open + 1;
    if (p[j] === '^')
        j++;
    if (p[j] === ']')
        j++; // a leading ']' is literal
    for (;;) {
        if (j >= p.length)
            return BRACKETS;
        const c = p[j];
        if (c === '\\') {
            if (j + 1 >= p.length)
                return ESCAPE;
            j += 2;
        }
        else if (c === '[' && (p[j + 1] === ':' || p[j + 1] === '.' || p[j + 1] === '=')) {
            const close = p.indexOf(p[j + 1] + ']', j + 2);
            if (close < 0)
                return BRACKETS;
            j = close + 2;
        }
        else if (c === ']') {
            return j + 1;
        }
        else {
            j++;
        }
    }
}
/** Index just past a `{m}`, `{m,}` or `{m,n}` bound opening at `open`, or an error. */
function skipBound(p, open) {
    let j = open + 1;
    const mStart = j;
    while (isDigit(p[j]))
        j++;
    const m = Number(p.slice(mStart, j));
    let n = m;
    if (p[j] === ',') {
        j++;
        const nStart = j;
        while (isDigit(p[j]))
            j++;
        n = j > nStart ? Number(p.slice(nStart, j)) : MAX_BOUND;
    }
    if (j >= p.length)
        return BRACES;
    if (p[j] !== '}')
        return REPETITION;
    if (m > MAX_BOUND || n > MAX_BOUND || m > n)
        return REPETITION;
    return j + 1;
}
/** Start of the pattern proper after a `***:` director and leading embedded options, or -1. */
function bodyStart(p) {
    if (p.startsWith('***='))
        return -1; // the rest is a literal string
    let i = p.startsWith('***:') ? 4 : 0;
    const options = /^\(\?([a-zA-Z]*)\)/.exec(p.slice(i, i + 40));
    if (options && options[1] !== '') {
        if (!SAFE_OPTIONS.test(options[1]))
            return -1; // another flavour, literal or expanded syntax
        i += options[0].length;
    }
    return i;
}
/**
 * The reason PostgreSQL would reject `pattern` as an ARE (its own wording), or undefined when
 * the pattern is valid or this check cannot tell.
 */
function checkPosixPattern(pattern) {
    const p = pattern;
    let i = bodyStart(p);
    if (i < 0)
        return undefined;
    /** Per open group: whether it is a lookaround constraint (which cannot be quantified). */
    const groups = [];
    let previous = 'nothing';
    const quantify = (nonGreedyMark) => {
        if (previous === 'operand')
            previous = 'quantified';
        else if (previous === 'quantified' && nonGreedyMark)
            previous = 'non-greedy';
        else
            return QUANTIFIER;
        return undefined;
    };
    while (i < p.length) {
        const c = p[i];
        if (c === '\\') {
            if (i + 1 >= p.length)
                return ESCAPE;
            // \A \Z \m \M \y \Y are constraints (zero-width), not operands.
            previous = 'AZmMyY'.includes(p[i + 1]) ? 'nothing' : 'operand';
            i += 2;
        }
        else if (c === '[') {
            const end = skipBracket(p, i);
            if (typeof end === 'string')
                return end;
            previous = 'operand';
            i = end;
        }
        else if (c === '(') {
            if (p.startsWith('(?#', i)) {
                const close = p.indexOf(')', i + 3);
                if (close < 0)
                    return undefined;
                i = close + 1; // a comment: invisible, `previous` unchanged
                continue;
            }
            const look = /^\(\?(?:[=!]|<[=!])/.exec(p.slice(i, i + 4));
            if (look) {
                groups.push(true);
                i += look[0].length;
            }
            else if (p.startsWith('(?:', i)) {
                groups.push(false);
                i += 3;
            }
            else {
                // Any other `(?` is a group followed by a `?` quantifier, which has no operand.
                groups.push(false);
                i += 1;
            }
            previous = 'nothing';
        }
        else if (c === ')') {
            if (groups.length === 0)
                return PARENS;
            previous = groups.pop() ? 'nothing' : 'operand';
            i++;
        }
        else if (c === '|' || c === '^' || c === '$') {
            previous = 'nothing';
            i++;
        }
        else if (c === '*' || c === '+' || c === '?') {
            const err = quantify(c === '?');
            if (err)
                return err;
            i++;
        }
        else if (c === '{' && isDigit(p[i + 1])) {
            const err = quantify(false);
            if (err)
                return err;
            const end = skipBound(p, i);
            if (typeof end === 'string')
                return end;
            i = end;
        }
        else {
            previous = 'operand'; // includes a `{` not followed by a digit, which is literal
            i++;
        }
    }
    return groups.length > 0 ? PARENS : undefined;
}

;// CONCATENATED MODULE: ./src/engine/preprocess/macros.ts
/**
 * `CALL pgmi_test(...)` macros in deploy.sql (deploy-pipeline.md §1.2–1.4, decisions.md 2 and 5).
 *
 * Candidates are found on the mask, so calls inside literals, comments and quoted identifiers
 * are invisible; each candidate is then parsed token by token (macro-parse.ts). A candidate that
 * names pgmi_test but cannot be expanded — malformed, unsupported arguments, an invalid callback
 * or regex, or written inside a DO block or function body — is a configuration error found
 * offline (exit 10), never a call to a procedure that does not exist.
 */







/** `call` as a word of its own (upstream: preceded by anything but an ASCII word character). */
const CALL = /(?<![A-Za-z0-9_])call(?![A-Za-z0-9_])/gi;
const FORMS_HINT = "Write the macro as CALL pgmi_test(), CALL pgmi_test('pattern') or CALL pgmi_test('pattern', 'callback')";
function fail(text, offset, message, hints) {
    const at = locateOffset(text, offset);
    const location = { script: 'deploy.sql', ...at, scriptExpanded: false };
    throw new engine_errors.ConfigError(`deploy.sql line ${at.line}: ${message}`, { hints, location });
}
/** The word just before `at` in a mask (white space and masked comments skipped), lower-cased. */
function wordBefore(mask, at) {
    let end = at;
    while (end > 0 && /\s/.test(mask[end - 1]))
        end--;
    let start = end;
    while (start > 0 && /[A-Za-z0-9_]/.test(mask[start - 1]))
        start--;
    return { word: mask.slice(start, end).toLowerCase(), start };
}
/** Whether the dollar quote at `at` is code: a `DO [LANGUAGE x]` block or an `AS $$` body. */
function isCodeBody(mask, at) {
    const prev = wordBefore(mask, at);
    if (prev.word === 'do' || prev.word === 'as')
        return true;
    if (prev.word === '')
        return false;
    const lang = wordBefore(mask, prev.start);
    return lang.word === 'language' && wordBefore(mask, lang.start).word === 'do';
}
/**
 * Offset of the first `CALL pgmi_test` written in code position inside a DO block or function
 * body of `text` (recursively), or -1. Bodies are lexed as SQL again, ignoring their own strings
 * and comments; dollar quotes used as plain strings (`COMMENT … IS $$…$$`) are not code.
 */
function findCallInBodies(text, mask, base) {
    let found = -1;
    scanSql(text, (s) => {
        if (found >= 0 || s.kind !== 'dollar' || !isCodeBody(mask, s.start))
            return;
        const bodyStart = s.start + s.tagLength;
        const body = text.slice(bodyStart, s.closed ? s.end - s.tagLength : s.end);
        const bodyMask = maskSql(body);
        for (const m of bodyMask.matchAll(CALL)) {
            if (parseMacroAt(body, m.index) !== undefined) {
                found = base + bodyStart + m.index;
                return;
            }
        }
        found = findCallInBodies(body, bodyMask, base + bodyStart);
    });
    return found;
}
/**
 * Every `CALL [pg_temp.]pgmi_test([pattern] [, callback]) [;]` at the top level of `text`, in
 * order. Throws ConfigError (naming deploy.sql and the line) for a macro that cannot be expanded.
 */
function findMacros(text) {
    const mask = maskSql(text);
    const inBody = findCallInBodies(text, mask, 0);
    const macros = [];
    let line = 1;
    // The next line break not yet counted: kept across macros, so that many on one line do not
    // each search to the end of the text (quadratic).
    let nextBreak = text.indexOf('\n');
    for (const m of mask.matchAll(CALL)) {
        const start = m.index;
        if (macros.length > 0 && start < macros[macros.length - 1].end)
            continue;
        if (inBody >= 0 && inBody < start)
            break;
        const parsed = parseMacroAt(text, start);
        if (parsed === undefined)
            continue;
        if (parsed.kind === 'error') {
            fail(text, start, `cannot expand CALL pgmi_test(...): ${parsed.reason}`, [FORMS_HINT]);
        }
        while (nextBreak >= 0 && nextBreak < start) {
            line++;
            nextBreak = text.indexOf('\n', nextBreak + 1);
        }
        if (parsed.callback !== null) {
            const problem = validateCallbackName(parsed.callback);
            if (problem) {
                fail(text, start, problem, [
                    'The callback must name a function as [schema.]function, e.g. pg_temp.my_callback',
                ]);
            }
        }
        if (parsed.pattern !== null) {
            const reason = checkPosixPattern(parsed.pattern);
            if (reason) {
                fail(text, start, `Invalid regex pattern: ${parsed.pattern}`, [
                    'Pattern must be a valid PostgreSQL POSIX regular expression',
                    `PostgreSQL would report: invalid regular expression: ${reason}`,
                ]);
            }
        }
        macros.push({
            start,
            end: parsed.end,
            line,
            pattern: parsed.pattern,
            callback: parsed.callback,
        });
    }
    if (inBody >= 0) {
        fail(text, inBody, 'CALL pgmi_test() is written inside a DO block or function body, where it is never expanded: ' +
            'pgmi_test() macros are expanded only at the top level of deploy.sql and cannot run inside DO blocks or functions', [
            'Move the CALL pgmi_test(...) out of the block, as a statement of its own between BEGIN and COMMIT',
        ]);
    }
    return macros;
}
/** `text` with each macro span replaced by its expansion (same order as `macros`). */
function expandMacros(text, macros, expansions) {
    if (macros.length !== expansions.length) {
        throw new engine_errors/* InternalError */.Gd(`${macros.length} macros but ${expansions.length} expansions`);
    }
    // Assembled front to back in one pass: the same result as replacing last to first, linear.
    const parts = [];
    let from = 0;
    macros.forEach((m, i) => {
        if (m.start < from || m.end < m.start || m.end > text.length) {
            throw new engine_errors/* InternalError */.Gd('macro spans must be in order and must not overlap');
        }
        parts.push(text.slice(from, m.start), expansions[i]);
        from = m.end;
    });
    parts.push(text.slice(from));
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/engine/preprocess/locate-plpgsql.ts
/**
 * A `PL/pgSQL function <name> line <n> at <statement>` context frame mapped into a project file.
 * A `RAISE` (warning or exception) inside a `DO` block or a function body carries no position,
 * only this frame; `line <n>` counts lines of the body, whose line 1 is the rest of the line
 * holding the opening dollar quote. So the file line is that line plus n - 1, once the body is
 * found: a `DO` block for `inline_code_block`, `CREATE FUNCTION|PROCEDURE <name>` otherwise.
 *
 * A file may hold several bodies; a candidate must be long enough, and its line n must hold the
 * statement the frame names (`RAISE`, `ASSERT`, `PERFORM`, …). Only a single match is reported.
 */

const FRAME = /PL\/pgSQL function (.+?) line (\d+) at ([A-Za-z][A-Za-z ]*)/g;
/** PL/pgSQL frames of a context (`where`), innermost first. */
function plpgsqlFrames(where) {
    return [...where.matchAll(FRAME)].map((m) => ({
        fn: m[1],
        line: Number(m[2]),
        what: m[3].trim().toUpperCase(),
    }));
}
/** Offsets where dollar-quoted bodies open (just after `$tag$`) following `head`. */
function bodiesAfter(content, head) {
    const out = [];
    for (const m of content.matchAll(head)) {
        const from = (m.index ?? 0) + m[0].length;
        const open = /\$([A-Za-z_][A-Za-z_0-9]*)?\$/.exec(content.slice(from));
        if (open)
            out.push(from + open.index + open[0].length);
    }
    return out;
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** `DO` blocks for `inline_code_block`; the function's definitions otherwise. */
function candidateBodies(content, fn) {
    if (fn === 'inline_code_block')
        return bodiesAfter(content, /\bDO\s+(?:LANGUAGE\s+\w+\s+)?(?=\$)/gi);
    const name = fn.replace(/\(.*$/, '').split('.').pop()?.replace(/^"|"$/g, '');
    if (!name)
        return [];
    const head = new RegExp(`\\b(?:FUNCTION|PROCEDURE)\\s+(?:"?[\\w$]+"?\\.)?"?${escapeRegExp(name)}"?\\s*\\([^]*?\\bAS\\s+(?=\\$)`, 'gi');
    return bodiesAfter(content, head);
}
/** The statement keyword a frame's `at …` names, to check against the body line. */
function keywordOf(what) {
    const word = what.split(' ')[0];
    if (['RAISE', 'ASSERT', 'PERFORM', 'EXECUTE', 'CALL', 'RETURN', 'FOR', 'IF'].includes(word))
        return new RegExp(`\\b${word}\\b`, 'i');
    return undefined;
}
/** Offset of the start of body line `n` (1-based), or undefined past the body's end. */
function bodyLineOffset(content, bodyStart, n) {
    let offset = bodyStart;
    for (let i = 1; i < n; i++) {
        const nl = content.indexOf('\n', offset);
        if (nl < 0)
            return undefined;
        offset = nl + 1;
    }
    return offset;
}
/**
 * The location of the innermost PL/pgSQL frame of `where` that falls inside `file`, or
 * undefined when no frame maps to exactly one place in it.
 */
function locatePlpgsqlFrame(where, file) {
    for (const frame of plpgsqlFrames(where)) {
        const keyword = keywordOf(frame.what);
        const hits = [];
        for (const body of candidateBodies(file.content, frame.fn)) {
            const start = bodyLineOffset(file.content, body, frame.line);
            if (start === undefined)
                continue;
            const nl = file.content.indexOf('\n', start);
            const text = file.content.slice(start, nl < 0 ? undefined : nl);
            if (keyword && !keyword.test(text))
                continue;
            // Point at the statement: the first non-blank character of the line.
            hits.push(start + (text.length - text.trimStart().length));
        }
        if (hits.length === 1)
            return { path: file.path, ...locateOffset(file.content, hits[0]) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/preprocess/locate-files.ts


const STATEMENT_OPEN = 'SQL statement "';
/** Upstream's failedFile rule: `Failed in ` and the longest non-blank run ending in `.sql`. */
const FAILED_IN = /Failed in (\S*\.sql)(?=[:\s]|$)/;
/**
 * Texts quoted by `SQL statement "…"` frames, innermost first. PostgreSQL does not escape the
 * quoted text, so every `"` followed by a line break (or the end) is a possible close; the
 * spurious candidates simply match no file.
 */
function statementTexts(where) {
    if (!where)
        return [];
    const out = [];
    let frame = 0;
    for (let s = where.indexOf(STATEMENT_OPEN); s >= 0; s = where.indexOf(STATEMENT_OPEN, s + 1)) {
        const from = s + STATEMENT_OPEN.length;
        for (let e = where.indexOf('"', from); e >= 0; e = where.indexOf('"', e + 1)) {
            if (e + 1 === where.length || where[e + 1] === '\n')
                out.push({ frame, text: where.slice(from, e), start: s });
        }
        frame++;
    }
    return out;
}
/** The only offset of `needle` in `hay`, or -1 when it is absent or ambiguous. */
function uniqueIndex(hay, needle) {
    const first = hay.indexOf(needle);
    if (first < 0 || hay.indexOf(needle, first + 1) >= 0)
        return -1;
    return first;
}
function at(file, offset) {
    return { path: file.path, ...locateOffset(file.content, offset) };
}
/** Maps a character position in `query`, which sits at `queryOffset` in the file. */
function mapPosition(file, query, queryOffset, position) {
    const inQuery = offsetOfPosition(query, position);
    return inQuery === undefined ? { path: file.path } : at(file, queryOffset + inQuery);
}
/** A statement from a `where` frame inside a file. PL/pgSQL reports `PERFORM x` as `SELECT x`. */
function findStatement(file, statement) {
    if (statement.trim() === '')
        return -1;
    const found = uniqueIndex(file.content, statement);
    if (found >= 0 || !statement.startsWith('SELECT '))
        return found;
    return uniqueIndex(file.content, 'PERFORM ' + statement.slice('SELECT '.length));
}
/** Refines a file match with the internal query, or with a more inner statement frame. */
function refine(file, query, position, innerStatements) {
    if (query && position > 0) {
        const q = uniqueIndex(file.content, query);
        if (q >= 0)
            return mapPosition(file, query, q, position);
    }
    for (const statement of innerStatements) {
        const s = findStatement(file, statement.text);
        if (s >= 0)
            return at(file, s);
    }
    return { path: file.path };
}
/**
 * The project file (and line, when PostgreSQL's report allows) where an error raised while
 * deploy.sql executed that file's content; undefined when nothing ties it to a file.
 */
function locateInProjectFiles(err, files) {
    const usable = files.filter((f) => f.content.trim() !== '');
    const byContent = new Map();
    for (const f of usable)
        if (!byContent.has(f.content))
            byContent.set(f.content, f);
    const query = err.internalQuery || undefined;
    const position = Number(err.internalPosition ?? 0) || 0;
    const statements = statementTexts(err.where);
    // 1. The executed text is a whole file.
    const exact = query === undefined ? undefined : byContent.get(query);
    if (exact && query !== undefined)
        return mapPosition(exact, query, 0, position);
    for (const candidate of statements) {
        const file = byContent.get(candidate.text);
        const inner = statements.filter((s) => s.frame < candidate.frame);
        if (!file)
            continue;
        const found = refine(file, query, position, inner);
        if (found.line !== undefined || !err.where)
            return found;
        // A RAISE in a DO block or function of the file: only a PL/pgSQL line number says where.
        return locatePlpgsqlFrame(err.where.slice(0, candidate.start), file) ?? found;
    }
    // 2. The executed text is part of one file (a statement, a function body) or wraps one.
    if (query !== undefined && query.trim() !== '') {
        const holders = usable.filter((f) => f.content.includes(query));
        if (holders.length === 1)
            return refine(holders[0], query, position, []);
        const wrapped = usable
            .filter((f) => query.includes(f.content))
            .sort((a, b) => b.content.length - a.content.length)[0];
        if (wrapped) {
            const inQuery = offsetOfPosition(query, position);
            const start = query.indexOf(wrapped.content);
            if (inQuery !== undefined && inQuery >= start && inQuery < start + wrapped.content.length) {
                return at(wrapped, inQuery - start);
            }
            return { path: wrapped.path };
        }
    }
    for (const { text: statement } of statements) {
        if (statement.trim() === '')
            continue;
        const holders = usable.filter((f) => findStatement(f, statement) >= 0);
        if (holders.length === 1)
            return at(holders[0], findStatement(holders[0], statement));
        const wrapped = usable
            .filter((f) => statement.includes(f.content))
            .sort((a, b) => b.content.length - a.content.length)[0];
        if (wrapped)
            return { path: wrapped.path };
    }
    // 3. A re-raise that names the file.
    const named = FAILED_IN.exec(err.message);
    return named ? { path: named[1] } : undefined;
}

;// CONCATENATED MODULE: ./src/engine/preprocess/index.ts








// EXTERNAL MODULE: ./src/engine/project/sql-files.ts
var sql_files = __nccwpck_require__(79670);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
;// CONCATENATED MODULE: ./src/engine/sql/index.ts
/**
 * The session's SQL, kept as .sql files beside this module and read by name. ncc traces each
 * literal `new URL('./x.sql', import.meta.url)` read and copies the file next to the bundle, so
 * every file gets a getter of its own (a computed name would not be traced).
 */

const cache = new Map();
function cached(name, read) {
    let text = cache.get(name);
    if (text === undefined) {
        text = read();
        cache.set(name, text);
    }
    return text;
}
const SQL = {
    /** Internal tables, the test event type and helper functions (session API, every version). */
    get schema() {
        return cached('schema', () => (0,external_node_fs_.readFileSync)(__nccwpck_require__.ab + "schema.sql", 'utf8'));
    },
    /** Session API v1: the six public views and `pgmi_test_generate`. */
    get contractV1() {
        return cached('contract-v1', () => (0,external_node_fs_.readFileSync)(__nccwpck_require__.ab + "contract-v1.sql", 'utf8'));
    },
    /** One row per catalog object (kind, name, parent, props) for the change report. */
    get catalogSnapshot() {
        return cached('catalog-snapshot', () => (0,external_node_fs_.readFileSync)(__nccwpck_require__.ab + "catalog-snapshot.sql", 'utf8'));
    },
    /** Set-based twin of `pgmi_register_file` for the loader (parameters described in the file). */
    get registerFiles() {
        return cached('register-files', () => (0,external_node_fs_.readFileSync)(__nccwpck_require__.ab + "register-files.sql", 'utf8'));
    },
};

;// CONCATENATED MODULE: ./src/engine/session/copy-in.ts
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const TEXT_OID = 25;
/** Values at least this large go out in CopyData messages of their own, written without a copy. */
const DIRECT = 16 * 1024;
/** Small values are gathered into CopyData messages of about this size. */
const BATCH = 64 * 1024;
/**
 * Bytes of CopyData the client lets the socket hold before it waits for the server to take them
 * (socket 'drain'): the rows of many small files are copied into batches, and without a bound
 * all of a large project's would sit in memory at once (about 4 MiB for 5000 migrations).
 */
const QUEUED = 512 * 1024;
/**
 * Builds the CopyData stream: values are encoded straight into one batch buffer, sent as one
 * CopyData message when full, except large text values, which go out as views of the caller's
 * Buffer.
 *
 * The integers are stored byte by byte rather than with `Buffer#writeInt32BE`, and short ASCII
 * strings are copied code unit by code unit rather than with `Buffer#write`: a project of 5000
 * files is 65 000 values, each encoded once, mostly by code V8 has not optimised yet, and Node's
 * methods cost a range check or a call into C++ each time (the COPY of 5000 rows took about 60 ms
 * of the client's CPU with them).
 */
class CopyWriter {
    socket;
    buf = Buffer.allocUnsafe(BATCH);
    at = 5; // room for the message header
    constructor(socket) {
        this.socket = socket;
    }
    room(n) {
        if (this.at + n <= this.buf.length)
            return;
        this.flush();
        if (5 + n > this.buf.length)
            this.buf = Buffer.allocUnsafe(5 + n);
    }
    /** Stores `n` (a 32-bit integer, signed or not) big-endian at `at`; room already made. */
    put32(n, at) {
        const b = this.buf;
        b[at] = n >>> 24;
        b[at + 1] = n >>> 16;
        b[at + 2] = n >>> 8;
        b[at + 3] = n;
    }
    raw(bytes) {
        this.room(bytes.length);
        // TypedArray#set, not Buffer#copy: for the few hundred bytes of a small file it costs about
        // half as much (no call into Node's C++ layer).
        this.buf.set(bytes, this.at);
        this.at += bytes.length;
    }
    int16(n) {
        this.room(2);
        this.buf[this.at] = n >>> 8;
        this.buf[this.at + 1] = n;
        this.at += 2;
    }
    int32(n) {
        this.room(4);
        this.put32(n, this.at);
        this.at += 4;
    }
    row(columns) {
        this.int16(columns);
    }
    nul() {
        this.int32(-1);
    }
    text(v) {
        if (typeof v === 'string')
            this.string(v);
        else if (v.length >= DIRECT) {
            this.int32(v.length);
            this.large(v);
        }
        else {
            this.int32(v.length);
            this.raw(v);
        }
    }
    int4(n) {
        this.room(8);
        this.put32(4, this.at);
        this.put32(n, this.at + 4);
        this.at += 8;
    }
    int8(n) {
        this.room(12);
        this.put32(8, this.at);
        if (n >= 0 && n <= Number.MAX_SAFE_INTEGER) {
            this.put32(Math.floor(n / 0x100000000), this.at + 4);
            this.put32(n >>> 0, this.at + 8);
        }
        else {
            this.buf.writeBigInt64BE(BigInt(n), this.at + 4);
        }
        this.at += 12;
    }
    bool(b) {
        this.room(5);
        this.put32(1, this.at);
        this.buf[this.at + 4] = b ? 1 : 0;
        this.at += 5;
    }
    textArray(items) {
        // array_recv: ndim, has-nulls flag, element type, (length, lower bound) per dimension,
        // then each element as length and bytes; the value's length word is filled in last.
        let size = 24;
        for (const item of items)
            size += 4 + 3 * item.length;
        this.room(size);
        const lengthAt = this.at;
        this.put32(1, lengthAt + 4);
        this.put32(0, lengthAt + 8);
        this.put32(TEXT_OID, lengthAt + 12);
        this.put32(items.length, lengthAt + 16);
        this.put32(1, lengthAt + 20);
        this.at = lengthAt + 24;
        for (const item of items)
            this.string(item); // fits: room reserved above
        this.put32(this.at - lengthAt - 4, lengthAt);
    }
    value(v) {
        switch (v.t) {
            case 'text':
                return this.text(v.v);
            case 'int4':
                return this.int4(v.v);
            case 'int8':
                return this.int8(v.v);
            case 'bool':
                return this.bool(v.v);
            case 'text[]':
                return this.textArray(v.v);
        }
    }
    /** A text value: length word, then UTF-8 bytes (at most 3 per UTF-16 unit). */
    string(s) {
        this.room(4 + 3 * s.length);
        const b = this.buf;
        const start = this.at + 4;
        let i = 0;
        if (s.length <= 256) {
            // Paths, names and checksums: ASCII as a rule, copied unit by unit.
            for (; i < s.length; i++) {
                const c = s.charCodeAt(i);
                if (c >= 0x80)
                    break;
                b[start + i] = c;
            }
        }
        const n = i === s.length ? i : i + b.write(s.slice(i), start + i, 'utf8');
        this.put32(n, this.at);
        this.at = start + n;
    }
    large(bytes) {
        this.flush();
        // In CopyData messages of at most BATCH bytes, each a view of the caller's Buffer: the
        // server reads a message whole before it parses it, so one message of a 20 MiB file costs it
        // a 20 MiB buffer and one more copy (about 15 ms of that file's 130 ms COPY, measured).
        for (let at = 0; at < bytes.length; at += BATCH) {
            const part = bytes.subarray(at, Math.min(at + BATCH, bytes.length));
            this.socket.write(messageHeader(0x64, part.length));
            this.socket.write(part);
        }
    }
    flush() {
        if (this.at === 5)
            return;
        this.buf[0] = 0x64;
        this.put32(this.at - 1, 1);
        this.socket.write(this.buf.subarray(0, this.at));
        // The socket may still hold the bytes written: the next batch gets a buffer of its own.
        this.buf = Buffer.allocUnsafe(BATCH);
        this.at = 5;
    }
}
function messageHeader(code, bodyLength) {
    const h = Buffer.allocUnsafe(5);
    h[0] = code;
    h.writeInt32BE(bodyLength + 4, 1);
    return h;
}
/** CopyFail: the client abandons the COPY, the server rolls the statement back. */
function copyFail(message) {
    const text = Buffer.from(`${message}\0`, 'utf8');
    return Buffer.concat([messageHeader(0x66, text.length), text]);
}
/** The submittable query: node-postgres calls these hooks as the server answers. */
class CopyIn {
    sql;
    rows;
    callback;
    error = null;
    constructor(sql, rows) {
        this.sql = sql;
        this.rows = rows;
    }
    submit(connection) {
        connection.query(this.sql);
    }
    handleCopyInResponse(connection) {
        const socket = connection.stream;
        const out = new CopyWriter(socket);
        out.raw(SIGNATURE);
        out.int32(0); // flags
        out.int32(0); // header extension length
        const source = this.rows;
        const iterator = Symbol.iterator in source ? source[Symbol.iterator]() : undefined;
        let index = 0;
        /** Writes the next row; false once there is none. */
        const next = () => {
            if (!iterator) {
                const s = source;
                if (index >= s.count)
                    return false;
                s.write(out, index++);
                return true;
            }
            const r = iterator.next();
            if (r.done)
                return false;
            out.row(r.value.length);
            for (const value of r.value) {
                if (value === null)
                    out.nul();
                else
                    out.value(value);
            }
            return true;
        };
        // Rows are written until the socket holds QUEUED bytes, then again once it has drained.
        // The statement ends either way through the server's answer (handleError, or
        // handleReadyForQuery after CopyDone) or the connection's end, which stops the pump.
        const pump = () => {
            if (this.ended)
                return;
            socket.cork?.();
            try {
                for (;;) {
                    if (!next()) {
                        out.int16(-1);
                        out.flush();
                        socket.write(messageHeader(0x63, 0)); // CopyDone
                        return;
                    }
                    if ((socket.writableLength ?? 0) >= QUEUED && socket.once) {
                        out.flush();
                        this.waitDrain(socket, pump);
                        return;
                    }
                }
            }
            catch (err) {
                // A row that cannot be encoded: the server is told to abandon the COPY (CopyFail), and
                // answers with an error, which ends the statement; this error is the one reported.
                this.failure = err;
                socket.write(copyFail(`pgmi: ${err.message}`));
            }
            finally {
                socket.uncork?.();
            }
        };
        pump();
    }
    ended = false;
    /** A failure of the client's own while writing rows (reported instead of the server's). */
    failure = null;
    /** Calls `resume` once the socket has drained; nothing more once it closed or the COPY ended. */
    waitDrain(socket, resume) {
        const onDrain = () => {
            socket.off?.('close', onClose);
            resume();
        };
        const onClose = () => socket.off?.('drain', onDrain);
        socket.once?.('drain', onDrain);
        socket.once?.('close', onClose);
    }
    handleError(err) {
        // The server has ended the statement: report at once, as node-postgres's own queries do.
        this.error = err;
        this.finish();
    }
    handleReadyForQuery() {
        this.finish();
    }
    finish() {
        this.ended = true;
        const cb = this.callback;
        this.callback = undefined;
        cb?.(this.failure ?? this.error);
    }
    handleCommandComplete() { }
    handleRowDescription() { }
    handleDataRow() { }
    handleEmptyQuery() { }
    handlePortalSuspended() { }
    handleCopyData() { }
}
/**
 * Runs `sql` (a `COPY table (columns) FROM STDIN (FORMAT binary)`) with `rows`: each one value
 * per listed column, or a `CopyRowSource` that writes them itself. Rejects with the server's
 * error (a `DatabaseError`) as any query would.
 */
function copyIn(client, sql, rows) {
    return new Promise((resolve, reject) => {
        const q = new CopyIn(sql, rows);
        q.callback = (err) => (err ? reject(err) : resolve());
        // The typings only know their own query shapes; a submittable is documented and supported.
        client.query(q);
    });
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __nccwpck_require__(643);
;// CONCATENATED MODULE: ./src/engine/preprocess/statements.ts
/**
 * Where each top-level statement of a large SQL file ends, so `pg_temp.pgmi_execute_file` can
 * EXECUTE a file one statement at a time. PostgreSQL runs a multi-statement string given to
 * EXECUTE (SPI) about twice as slowly as the same statements one by one: every statement's parse
 * and plan trees stay in memory until the whole string is done.
 *
 * The statements are those of deploy.sql's tail (split.ts): top-level `;` outside comments,
 * literals, quoted identifiers, dollar quotes and parentheses. Read straight from the scanner's
 * spans rather than through a mask, which for a file of tens of megabytes would cost two more
 * copies of it. A file with ATOMIC in its code is not split: a `BEGIN ATOMIC` body's `;` does
 * not end a statement, and running such a file whole is always correct.
 */


/**
 * Files smaller than this run as one EXECUTE: splitting them saves nothing measurable
 * (pgmi_execute_file in schema.sql looks for statements only from the same size on).
 */
const SPLIT_MIN_BYTES = 256 * 1024;
/**
 * The statements of one file, found over its UTF-8 bytes a budget of bytes at a time, so that a
 * caller can interleave the work with I/O (a deploy does it while the server stores the files: it
 * is off the critical path whenever the upload takes longer). Bytes, not a decoded string: the
 * ends are byte offsets, as pgmi_execute_file wants them, and a 20 MiB file is neither decoded
 * nor mapped back from characters (about three times faster).
 */
class StatementEndsJob {
    bytes;
    ends = [];
    depth = 0;
    // Something other than blanks and comments since the last statement's end.
    pending = false;
    i = 0;
    // ATOMIC in code (`BEGIN ATOMIC`: its body's `;` ends no statement): the file runs whole.
    atomic = false;
    constructor(bytes) {
        this.bytes = bytes;
    }
    /** Scans about `budget` more bytes (a literal or comment is taken whole); true when done. */
    step(budget) {
        const { bytes, ends } = this;
        const len = bytes.length;
        const stop = Math.min(len, this.i + Math.max(budget, 1));
        let { depth, pending, i, atomic } = this;
        while (i < stop && !atomic) {
            let c = bytes[i];
            if (CLASS[c] === ORDINARY) {
                // A run of bytes that change nothing but `pending`.
                pending = true;
                while (++i < stop && CLASS[(c = bytes[i])] === ORDINARY)
                    ;
                if (i >= stop)
                    break;
            }
            if (c === 0x27 && !opensEscapeStringBytes(bytes, i)) {
                // A plain literal, the commonest: its end found inline (the call of indexOf costs more
                // than a short literal's bytes).
                let j = i + 1;
                for (;;) {
                    while (j < len && bytes[j] !== 0x27)
                        j++;
                    if (j + 1 < len && bytes[j + 1] === 0x27)
                        j += 2;
                    else
                        break;
                }
                pending = true;
                i = Math.min(j + 1, len);
                continue;
            }
            if (mayStartSpecial(c)) {
                const end = specialEndBytes(bytes, i);
                if (end >= 0) {
                    // A comment (`--`, `/*`) is not a statement of its own.
                    if (c !== 0x2d && c !== 0x2f)
                        pending = true;
                    i = end;
                    continue;
                }
            }
            if (c === 0x28)
                depth++;
            else if (c === 0x29)
                depth--;
            else if (c === 0x3b && depth === 0) {
                ends.push(i + 1);
                pending = false;
                i++;
                continue;
            }
            else if ((c | 0x20) === 0x61 && i + 6 <= len && isTomic(bytes, i + 1)) {
                atomic = true;
            }
            if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)
                pending = true;
            i++;
        }
        this.depth = depth;
        this.pending = pending;
        this.i = atomic ? len : i;
        this.atomic = atomic;
        return this.i >= len;
    }
    /** The ends, once `step` has returned true (see `statementByteEnds`). */
    result() {
        if (this.atomic)
            return undefined;
        const ends = this.pending ? [...this.ends, this.bytes.length] : this.ends;
        return ends.length < 2 ? undefined : ends;
    }
}
// Bytes by what they may change in the scan: ORDINARY ones set `pending` and nothing else.
const ORDINARY = 0;
const CLASS = new Uint8Array(256);
for (const b of [
    0x20, 0x09, 0x0a, 0x0d, 0x28, 0x29, 0x3b, 0x41, 0x61, 0x2d, 0x2f, 0x27, 0x22, 0x24,
]) {
    CLASS[b] = 1;
}
/** `tomic` in any case at `at` (after an `a`). */
function isTomic(b, at) {
    return ((b[at] | 0x20) === 0x74 &&
        (b[at + 1] | 0x20) === 0x6f &&
        (b[at + 2] | 0x20) === 0x6d &&
        (b[at + 3] | 0x20) === 0x69 &&
        (b[at + 4] | 0x20) === 0x63);
}
/**
 * UTF-8 byte offsets just past each statement (its `;`), the last one the end of the text when
 * something other than blanks and comments follows the last `;`. Undefined when there is nothing
 * to split (one statement), ATOMIC appears in code (outside comments, literals and quoted names),
 * or a string holds lone surrogates.
 */
function statementByteEnds(input) {
    if (typeof input === 'string' && hasLoneSurrogate(input))
        return undefined;
    const job = new StatementEndsJob(typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
    job.step(Infinity);
    return job.result();
}
/**
 * Finds the statements of the files still waiting for it (`statementEndsPending`), a slice of
 * at most about `sliceMs` of work at a time, yielding to the event loop between slices.
 */
async function completeStatementEnds(files, options = {}) {
    // Short slices, as for the checksums (checksum.ts): a round trip waits for the slice in progress.
    const sliceMs = options.sliceMs ?? 1;
    for (const f of files) {
        if (!f.statementEndsPending)
            continue;
        const job = new StatementEndsJob(f.bytes ?? Buffer.from(f.content, 'utf8'));
        for (;;) {
            const sliceStart = external_node_perf_hooks_.performance.now();
            let done = false;
            while (!done && external_node_perf_hooks_.performance.now() - sliceStart < sliceMs)
                done = job.step(256 * 1024);
            if (done)
                break;
            await new Promise((r) => setImmediate(r));
        }
        const ends = job.result();
        if (ends)
            f.statementEnds = ends;
        f.statementEndsPending = false;
    }
}

;// CONCATENATED MODULE: ./src/engine/session/test-directories.ts
/**
 * The rows of `_pgmi_test_directory`, derived from the paths of the scanned test files
 * (session-api.md §5.2, project-files.md §1.7). Pure: paths in, rows out.
 */
const TEST_SEGMENTS = new Set(['__test__', '__tests__']);
/** The directory part of a `./`-prefixed file path, keeping the trailing `/`. */
function testDirectoryOf(filePath) {
    return filePath.slice(0, filePath.lastIndexOf('/') + 1);
}
/** The base name of a file path. */
function fileNameOf(filePath) {
    return filePath.slice(filePath.lastIndexOf('/') + 1);
}
/** `_setup.sql` and `_setup.psql`, case-insensitively, are fixtures; nothing else is. */
function isFixtureName(fileName) {
    const lower = fileName.toLowerCase();
    return lower === '_setup.sql' || lower === '_setup.psql';
}
/** Segments of a directory path without the leading `.` and the empty tail: `./a/b/` → [a, b]. */
function segmentsOf(directory) {
    return directory.split('/').slice(1, -1);
}
function depthOf(segments) {
    const first = segments.findIndex((s) => TEST_SEGMENTS.has(s));
    return first < 0 ? 0 : segments.length - 1 - first;
}
/**
 * One row per distinct directory that directly holds a test-path file (of any extension),
 * parents before children. A directory with no files of its own gets no row, so its children
 * attach to the nearest ancestor that has one; separate `__test__` trees never adopt each other
 * because an ancestor outside a test tree is never a row.
 */
function deriveTestDirectories(testFilePaths) {
    const directories = new Set();
    for (const p of testFilePaths)
        directories.add(testDirectoryOf(p));
    const rows = [];
    for (const path of directories) {
        const segments = segmentsOf(path);
        let parentPath = null;
        for (let n = segments.length - 1; n >= 1; n--) {
            const candidate = `./${segments.slice(0, n).join('/')}/`;
            if (directories.has(candidate)) {
                parentPath = candidate;
                break;
            }
        }
        rows.push({ path, parentPath, depth: depthOf(segments), level: segments.length });
    }
    // Shallow first, so every parent row precedes its children; then by path for a stable order.
    rows.sort((a, b) => a.level - b.level || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return rows.map(({ path, parentPath, depth }) => ({ path, parentPath, depth }));
}

;// CONCATENATED MODULE: ./src/engine/session/prepare.ts






const CONTRACTS = { '1': () => SQL.contractV1 };
// Insertion follows the array order (parents first), so the rows are stored shallow-first.
const INSERT_TEST_DIRECTORIES = `INSERT INTO pg_temp._pgmi_test_directory (path, parent_path, depth)
  SELECT t.p, t.pp, t.d
    FROM unnest($1::text[], $2::text[], $3::int[]) WITH ORDINALITY AS t (p, pp, d, i)
   ORDER BY t.i`;
const COPY_TEST_SOURCES = `COPY pg_temp._pgmi_test_source (path, directory, filename, content, is_fixture)
  FROM STDIN (FORMAT binary)`;
// Every column of the table, derived here exactly as pgmi_register_file derives them (an
// integration test compares the two); the table's CHECK constraints hold the derivations to it.
const COPY_SOURCES = `COPY pg_temp._pgmi_source (path, name, directory, extension, depth, content,
  size_bytes, checksum, pgmi_checksum, path_parts, is_sql_file, is_test_file, parent_folder_name)
  FROM STDIN (FORMAT binary)`;
// Statement boundaries differ in number per file: each travels as an array literal.
const INSERT_STATEMENTS = `INSERT INTO pg_temp._pgmi_source_statement (path, ends)
  SELECT t.p, t.e::integer[] FROM unnest($1::text[], $2::text[]) AS t (p, e)`;
// Sort keys differ in length per file, which a rectangular SQL array cannot hold: they travel
// as JSON and keep their order.
const INSERT_METADATA = `INSERT INTO pg_temp._pgmi_source_metadata (path, id, idempotent, sort_keys, description)
  SELECT m.path, m.id, m.idempotent,
         ARRAY(SELECT k.key FROM jsonb_array_elements_text(m.sort_keys) WITH ORDINALITY AS k (key, i)
                ORDER BY k.i),
         m.description
    FROM jsonb_to_recordset($1::jsonb) AS m (path text, id uuid, idempotent boolean, sort_keys jsonb,
                                           description text)`;
// Autovacuum never sees temporary tables: without statistics the planner guesses row counts.
// Statistics on what deploy.sql filters, joins and sorts by; not on contents and checksums,
// which are only ever read (sampling every content for its statistics is most of the cost).
const ANALYZE_FILE_TABLES = `ANALYZE
  pg_temp._pgmi_source (path, name, directory, extension, depth, is_sql_file, is_test_file,
                        parent_folder_name),
  pg_temp._pgmi_source_metadata, pg_temp._pgmi_test_directory,
  pg_temp._pgmi_test_source (path, directory, filename, is_fixture)`;
// set_config(..., false) is session-level: it survives deploy.sql's own COMMIT and ROLLBACK.
const LOAD_PARAMETERS = `WITH p AS (
    INSERT INTO pg_temp._pgmi_parameter (key, value)
    SELECT lower(t.k), t.v FROM unnest($1::text[], $2::text[]) AS t (k, v)
    RETURNING key, value)
  SELECT count(set_config('pgmi.' || p.key, p.value, false))::int AS n FROM p`;
const PARAMETER_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
/**
 * Creates the session objects on `client` and loads the project into them. Throws the driver's
 * error unchanged when the server refuses something (the caller reports it as a preparation
 * failure); parameter values never reach an error message.
 */
async function prepareSession(client, input) {
    const version = input.compat ?? '1';
    const contract = CONTRACTS[version];
    if (!contract) {
        // Front doors check --compat before connecting; this guards callers that bypass them.
        throw new engine_errors.ConfigError(`invalid configuration: unsupported API version ${JSON.stringify(version)}; supported: [1]`);
    }
    const params = Object.entries(input.params);
    for (const [key] of params) {
        // Checked again here because a bad key would fail the table's CHECK, whose DETAIL shows
        // the whole row, value included.
        if (!PARAMETER_KEY.test(key)) {
            throw new engine_errors.ConfigError(`invalid parameter key '${key}': must start with a letter or underscore and contain only letters, digits and underscores, 1-63 characters (PostgreSQL identifier limit)`);
        }
    }
    const timings = { sessionSchemaMs: 0, uploadMs: 0, sessionViewsMs: 0 };
    let mark = performance.now();
    const lap = () => {
        const now = performance.now();
        const ms = Math.round(now - mark);
        mark = now;
        return ms;
    };
    await client.query('BEGIN');
    try {
        await client.query(SQL.schema);
        timings.sessionSchemaMs = lap();
        await loadProject(client, input.files, params, input.checksumsReady);
        timings.uploadMs = lap();
        await client.query(contract());
        await client.query('COMMIT');
        timings.sessionViewsMs = lap();
    }
    catch (e) {
        // The original failure is what matters; a failed ROLLBACK (connection gone) adds nothing.
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
    }
    return { filesLoaded: input.files.length, parameters: params.length, timings };
}
/** The file's bytes: as the scanner read them, or encoded from `content`. */
const bytesOf = (f) => f.bytes ?? Buffer.from(f.content, 'utf8');
/**
 * A path the session would store unchanged (pgmi_register_file's normalisation is then the
 * identity), which every scanned path is. Other callers' paths go through register-files.sql.
 */
const canonical = (path) => path.startsWith('./') && !path.includes('//') && !path.includes('\\') && !path.endsWith(' ');
const SQL_FILE = /[.](sql|ddl|dml|dql|dcl|psql|pgsql|plpgsql)$/i;
/**
 * Stands in for a checksum still being computed when the file's row is written; replaced
 * in the same transaction, before anything can read it (`loadProject` checks every row).
 */
const LATE_CHECKSUM = '0'.repeat(64);
const UPDATE_CHECKSUMS = `UPDATE pg_temp._pgmi_source s SET checksum = u.r, pgmi_checksum = u.c
  FROM ROWS FROM (pg_catalog.unnest($1::text[]), pg_catalog.unnest($2::text[]),
                  pg_catalog.unnest($3::text[])) AS u (p, c, r)
 WHERE s.path = u.p`;
/**
 * The COPY rows of `files`, written straight into the stream (no value objects: 13 per file);
 * a file whose checksums are not known yet is added to `late`.
 */
function sourceRows(files, late) {
    return {
        count: files.length,
        write(w, i) {
            const f = files[i];
            const path = f.path;
            const parts = path.split('/');
            const name = parts[parts.length - 1];
            const bytes = bytesOf(f);
            if (f.pgmiChecksum === '' || f.checksum === '')
                late.push(f);
            w.row(13);
            w.text(path);
            w.text(name);
            w.text(path.slice(0, path.length - name.length));
            w.text(/[.][A-Za-z0-9]+$/.exec(name)?.[0] ?? '');
            w.int4(parts.length - 2);
            w.text(bytes);
            w.int8(bytes.length);
            w.text(f.checksum === '' ? LATE_CHECKSUM : f.checksum);
            w.text(f.pgmiChecksum === '' ? LATE_CHECKSUM : f.pgmiChecksum);
            w.textArray(parts);
            w.bool(SQL_FILE.test(path));
            w.bool((0,sql_files/* isTestPath */.MQ)(path));
            if (parts.length > 2)
                w.text(parts[parts.length - 2]);
            else
                w.nul();
        },
    };
}
/**
 * All contents as one UTF-8 buffer with 1-based byte offsets and byte lengths, for
 * register-files.sql (paths that need the session's normalisation).
 */
function packContents(files) {
    const chunks = files.map(bytesOf);
    const offsets = [];
    let next = 1;
    for (const c of chunks) {
        offsets.push(next);
        next += c.length;
    }
    return { bytes: Buffer.concat(chunks), offsets, lengths: chunks.map((c) => c.length) };
}
async function loadProject(client, files, params, checksumsReady) {
    const sources = files.filter((f) => !f.isTest);
    const tests = files.filter((f) => f.isTest);
    // The statements of large files are found while the server stores the files (the COPY is
    // written at once; the client then only waits): off the critical path when the upload takes
    // longer, as it does for the large files this is for.
    const splitting = completeStatementEnds(sources);
    if (sources.length > 0 && sources.every((f) => canonical(f.path))) {
        // The files go out without waiting for the normalised checksums still being computed (a large
        // project's): those are finished while the server stores the files, and set afterwards.
        const late = [];
        await Promise.all([copyIn(client, COPY_SOURCES, sourceRows(sources, late)), splitting]);
        await checksumsReady;
        if (late.length > 0) {
            const missing = late.filter((f) => f.pgmiChecksum === '' || f.checksum === '').length;
            const r = missing
                ? undefined
                : await client.query(UPDATE_CHECKSUMS, [
                    late.map((f) => f.path),
                    late.map((f) => f.pgmiChecksum),
                    late.map((f) => f.checksum),
                ]);
            if (r?.rowCount !== late.length) {
                throw new Error(`internal error: ${late.length} checksums to set after the upload, ${missing} never computed, ${r?.rowCount ?? 0} set`);
            }
        }
    }
    else if (sources.length > 0) {
        await checksumsReady;
        const packed = packContents(sources);
        await client.query(SQL.registerFiles, [
            sources.map((f) => f.path),
            packed.bytes,
            sources.map((f) => f.checksum),
            sources.map((f) => f.pgmiChecksum),
            packed.offsets,
            packed.lengths,
        ]);
    }
    await splitting;
    const split = sources.filter((f) => f.statementEnds && canonical(f.path));
    if (split.length > 0) {
        await client.query(INSERT_STATEMENTS, [
            split.map((f) => f.path),
            split.map((f) => `{${f.statementEnds.join(',')}}`),
        ]);
    }
    const directories = deriveTestDirectories(tests.map((f) => f.path));
    if (directories.length > 0) {
        await client.query(INSERT_TEST_DIRECTORIES, [
            directories.map((d) => d.path),
            directories.map((d) => d.parentPath),
            directories.map((d) => d.depth),
        ]);
    }
    const sqlTests = tests.filter((f) => f.isSql);
    if (sqlTests.length > 0) {
        await copyIn(client, COPY_TEST_SOURCES, sqlTests.map((f) => [
            { t: 'text', v: f.path },
            { t: 'text', v: testDirectoryOf(f.path) },
            { t: 'text', v: fileNameOf(f.path) },
            { t: 'text', v: bytesOf(f) },
            { t: 'bool', v: isFixtureName(fileNameOf(f.path)) },
        ]));
    }
    const metadataRows = sources.flatMap((f) => f.metadata
        ? [
            {
                path: f.path,
                id: f.metadata.id,
                idempotent: f.metadata.idempotent,
                sort_keys: f.metadata.sortKeys,
                description: f.metadata.description,
            },
        ]
        : []);
    if (metadataRows.length > 0) {
        await client.query(INSERT_METADATA, [JSON.stringify(metadataRows)]);
    }
    if (files.length > 0)
        await client.query(ANALYZE_FILE_TABLES);
    if (params.length > 0) {
        await client.query(LOAD_PARAMETERS, [params.map(([k]) => k), params.map(([, v]) => v)]);
    }
}
/**
 * The SQL a `CALL pgmi_test(pattern, callback)` expands to (`pg_temp.pgmi_test_generate`);
 * `null` selects the defaults (all tests, `pg_temp.pgmi_test_callback`).
 */
async function generateTestSql(client, pattern, callback) {
    const r = await client.query('SELECT pg_temp.pgmi_test_generate($1::text, $2::text) AS sql', [pattern, callback]);
    return r.rows[0].sql;
}
/** `pg_temp.pgmi_test_plan(pattern)` as typed rows, in ordinal order. */
async function testPlan(client, pattern) {
    const r = await client.query('SELECT ordinal, step_type, script_path, directory, depth FROM pg_temp.pgmi_test_plan($1::text) ORDER BY ordinal', [pattern]);
    return r.rows.map((row) => ({
        ordinal: row.ordinal,
        stepType: row.step_type,
        scriptPath: row.script_path,
        directory: row.directory,
        depth: row.depth,
    }));
}

;// CONCATENATED MODULE: ./src/engine/pipeline/lock-holders.ts
// Lock modes from the weakest to the strongest (the order of PostgreSQL's conflict table).
const HOLDERS_SQL = `
SELECT pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS relation,
       l.mode, l.pid
  FROM pg_catalog.pg_locks l
  JOIN pg_catalog.pg_class c ON c.oid = l.relation
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE l.locktype = 'relation' AND l.granted AND l.pid <> pg_catalog.pg_backend_pid()
   AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d
                      WHERE d.datname = pg_catalog.current_database())
   AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
   AND n.nspname !~ '^pg_(toast_)?temp_'
 ORDER BY pg_catalog.array_position(ARRAY['AccessShareLock', 'RowShareLock', 'RowExclusiveLock',
            'ShareUpdateExclusiveLock', 'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock',
            'AccessExclusiveLock'], l.mode) DESC, 1
 LIMIT 5`;
/**
 * `; locks held by other sessions: public.widget (AccessExclusiveLock, pid 4711)`, or '' when
 * none could be seen. Rolls back first when the failed statement left the transaction aborted.
 * Never throws: this only adds to an error already being reported.
 */
async function describeLockHolders(client) {
    try {
        if (client.getTransactionStatus() !== 'I')
            await client.query('ROLLBACK');
        const r = await client.query(HOLDERS_SQL);
        if (r.rows.length === 0)
            return '';
        const list = r.rows.map((h) => `${h.relation} (${h.mode}, pid ${h.pid})`).join(', ');
        return `; locks held by other sessions: ${list}`;
    }
    catch {
        return '';
    }
}

// EXTERNAL MODULE: ./src/engine/redact.ts
var engine_redact = __nccwpck_require__(32393);
;// CONCATENATED MODULE: ./src/engine/pipeline/test-tracker.ts

const STARTED = /^\[pgmi\] (Fixture|Test): (.+)$/;
function toResult(s) {
    const r = {
        kind: s.kind,
        path: s.path,
        status: s.status ?? 'skipped',
        durationMs: s.durationMs,
    };
    if (s.message)
        r.message = s.message;
    if (s.sqlstate)
        r.sqlstate = s.sqlstate;
    if (s.line)
        r.line = s.line;
    return r;
}
class TestTracker {
    onFinished;
    steps = [];
    current;
    suitesPlanned = 0;
    suitesCompleted = 0;
    constructor(onFinished = () => undefined) {
        this.onFinished = onFinished;
    }
    /** Adds one macro's plan (fixtures and tests, in plan order). */
    addPlan(steps) {
        for (const s of steps)
            this.steps.push({ ...s, durationMs: 0 });
        this.suitesPlanned++;
    }
    get planned() {
        return this.steps.length;
    }
    /** Feed every notice message; returns true when it was a test-machinery line. */
    onNotice(message, now) {
        if (message === '[pgmi] Test suite started')
            return true;
        if (message.startsWith('[pgmi] Test suite completed')) {
            this.settle(this.current, 'passed', now);
            this.suitesCompleted++;
            return true;
        }
        const m = STARTED.exec(message);
        if (!m)
            return false;
        this.settle(this.current, 'passed', now);
        const kind = m[1] === 'Fixture' ? 'fixture' : 'test';
        const step = this.steps.find((s) => s.status === undefined && s.startedAt === undefined && s.kind === kind && s.path === m[2]);
        if (step)
            step.startedAt = now;
        this.current = step;
        return true;
    }
    settle(s, status, now, failure) {
        if (!s || s.status)
            return;
        s.status = status;
        if (s.startedAt !== undefined)
            s.durationMs = Math.max(0, now - s.startedAt);
        if (failure) {
            // The server's text as deploy.sql raised it: reports (JUnit, TAP, summaries) print it.
            s.message = (0,engine_redact/* redact */.E$)(failure.message);
            if (failure.sqlstate)
                s.sqlstate = failure.sqlstate;
            if (failure.line)
                s.line = failure.line;
        }
        if (s === this.current)
            this.current = undefined;
        this.onFinished(toResult(s));
    }
    /** Settles every step once the run is over and returns the results in plan order. */
    finish(now, failure) {
        if (!failure) {
            for (const s of this.steps)
                this.settle(s, 'passed', now);
            return this.results();
        }
        let failedIdx = failure.failedFile
            ? this.steps.findIndex((s) => !s.status && s.path === failure.failedFile)
            : -1;
        // A step that started and never finished is the one that failed (e.g. cancelled by --timeout:
        // PL/pgSQL handlers cannot catch query_canceled, so no `Failed in` wording reaches us).
        if (failedIdx < 0 && this.current)
            failedIdx = this.steps.indexOf(this.current);
        if (failedIdx >= 0) {
            this.steps.forEach((s, i) => {
                if (i < failedIdx)
                    this.settle(s, 'passed', now);
                else if (i === failedIdx)
                    this.settle(s, 'failed', now, failure);
                else
                    this.settle(s, 'skipped', now);
            });
            return this.results();
        }
        // The failure was outside the tests: announced-complete suites passed, the rest never ran.
        const allCompleted = this.suitesPlanned > 0 && this.suitesCompleted >= this.suitesPlanned;
        for (const s of this.steps)
            this.settle(s, allCompleted ? 'passed' : 'skipped', now);
        return this.results();
    }
    results() {
        return this.steps.map(toResult);
    }
}

;// CONCATENATED MODULE: ./src/engine/pipeline/execute.ts







const SEVERITIES = new Set(['DEBUG', 'LOG', 'INFO', 'NOTICE', 'WARNING']);
function severityOf(raw) {
    const s = (raw ?? 'NOTICE').toUpperCase();
    if (s.startsWith('DEBUG'))
        return 'DEBUG';
    return SEVERITIES.has(s) ? s : 'NOTICE';
}
/** Wraps the macro expansion so a bad pattern or callback the server rejects is still exit 10. */
async function expand(input, tracker) {
    const expansions = [];
    for (const m of input.macros) {
        try {
            expansions.push(await generateTestSql(input.client, m.pattern, m.callback));
            const plan = await testPlan(input.client, m.pattern);
            tracker.addPlan(plan
                .filter((s) => s.stepType !== 'teardown' && s.scriptPath !== null)
                .map((s) => ({ kind: s.stepType, path: s.scriptPath })));
        }
        catch (err) {
            if (!(0,engine_errors/* isPgDatabaseError */.Hd)(err) || isConnectionLoss(err, input.client))
                throw err;
            throw new engine_errors.ConfigError(`failed to preprocess deploy.sql: pgmi_test() on line ${m.line}: ${(0,engine_errors/* describePgError */.Ry)(err)}`, { cause: err });
        }
    }
    return expandMacros(input.deploySql, input.macros, expansions);
}
/** Message of the notice pgmi_run_test_source sends with a failing test's context. */
const TEST_FAILURE_CONTEXT = '[pgmi] test failure context';
/** A failing test's own context, when the server sent it for the test the error names. */
function withTestContext(pg, testContext) {
    if (!testContext || !/^Failed in \S+\.sql: /.test(pg.message))
        return pg;
    return { ...pg, where: pg.where ? `${testContext}\n${pg.where}` : testContext };
}
function locate(err, unit, script, input, testContext) {
    const pg = (0,engine_errors/* firstPgError */.wm)(err);
    if (!pg)
        return {};
    let inFile = locateInProjectFiles(withTestContext(pg, testContext), input.files);
    // The context must lead to the file the error names; otherwise it belonged to another test.
    const named = (0,engine_errors/* failedFileOf */.Hm)(err);
    if (inFile && named && inFile.path !== named)
        inFile = locateInProjectFiles(pg, input.files);
    if (inFile) {
        const out = { failedFile: inFile.path };
        if (inFile.line !== undefined) {
            out.location = {
                script: inFile.path,
                line: inFile.line,
                column: inFile.column ?? 1,
                sourceLine: inFile.sourceLine ?? '',
                scriptExpanded: false,
            };
        }
        return out;
    }
    const position = Number(pg.position ?? 0) || statementPosition(pg, unit.text);
    if (position > 0) {
        const loc = locateUnitError(unit, script, position);
        if (loc) {
            return {
                location: { script: 'deploy.sql', ...loc, scriptExpanded: input.macros.length > 0 },
            };
        }
    }
    return {};
}
/**
 * "CREATE INDEX CONCURRENTLY cannot run inside a transaction block" carries no position: find
 * the first top-level statement of the unit that starts with the words the message names, and
 * return its 1-based position in characters (as the server counts).
 */
function statementPosition(err, text) {
    if (err.code !== '25001')
        return 0;
    const m = /^([A-Z][A-Z ]*[A-Z]) cannot run inside a transaction block/.exec(err.message ?? '');
    if (!m)
        return 0;
    const words = m[1].split(' ').join('\\s+');
    const at = new RegExp(`(^|;)\\s*(${words})\\b`, 'i').exec(maskSql(text));
    if (!at)
        return 0;
    const index = at.index + at[0].length - at[2].length;
    return [...text.slice(0, index)].length + 1;
}
/** What to do next, for server errors whose remedy is not in the server's own HINT. */
function hintsFor(err) {
    if (err.code === '53200') {
        // One transaction touching thousands of objects exhausts the shared lock table.
        return [
            'the transaction needed more locks than the server allows: raise max_locks_per_transaction in postgresql.conf (a restart is needed), or split deploy.sql into several transactions (COMMIT between groups of files)',
        ];
    }
    if (err.code === '25001' && /cannot run inside a transaction block/i.test((0,engine_errors/* messageOf */.bD)(err))) {
        return [
            'statements that cannot run inside a transaction block belong in the tail of deploy.sql, after the COMMIT that ends the atomic head; a rehearsal lists the tail without running it',
        ];
    }
    if (err.code === '55P03') {
        return [
            'another session holds a lock this deploy needs: retry once its transaction has ended, or allow a longer wait with --lock-timeout',
        ];
    }
    if (err.code === '25P01' && /SAVEPOINT/i.test(err.message ?? '')) {
        return [
            'CALL pgmi_test() must run inside an explicit transaction: put BEGIN; before it and COMMIT; after it',
        ];
    }
    return [];
}
/**
 * The head of a rehearsal: inside a transaction pgmi opens (so a head without BEGIN cannot
 * autocommit), the head's work runs for real, tests included; then `beforeTerminator`, then
 * ROLLBACK instead of the head's terminator.
 */
async function rehearseHead(input, units) {
    const { client } = input;
    const { work } = splitHeadTerminator(units[0].text, units.length > 1);
    await client.query('BEGIN');
    await client.query(work);
    if (client.getTransactionStatus() !== 'T') {
        // Only PREPARE TRANSACTION can end the transaction without a terminator.
        throw new engine_errors/* ExecutionError */.Re('rehearsal failed: the atomic head ended its transaction before its terminator (PREPARE TRANSACTION?); a rehearsal cannot roll that back');
    }
    input.control.throwIfAborted();
    await input.beforeTerminator?.();
    await client.query('ROLLBACK');
}
/**
 * After `beforeCommit` asked its question inside deploy.sql's transaction: the transaction must
 * still be open and unharmed (the question runs under a savepoint it rolls back to on error).
 * Were it not, its COMMIT would roll deploy.sql's work back and still answer "COMMIT"'s way.
 */
function assertStillOpen(client) {
    if (client.getTransactionStatus() === 'T')
        return;
    throw new engine_errors/* ExecutionError */.Re("execution failed: deploy.sql's transaction was left failed before its COMMIT by pgmi's own change-report check; nothing from that transaction was committed", { hints: ['deploy again with --no-change-report, and report the problem'] });
}
async function executeDeploySql(input) {
    const { client, control } = input;
    const tracker = new TestTracker((r) => input.emit({
        type: 'test-finished',
        kind: r.kind,
        path: r.path,
        status: r.status,
        durationMs: r.durationMs,
    }));
    // The context of the last failing test (see pgmi_run_test_source): where in the test it failed.
    let testFailureContext;
    // A rehearsal opens the head's transaction itself; deploy.sql's own BEGIN then draws one
    // "there is already a transaction in progress" warning that is ours, not the project's.
    let ownBeginWarning = !!input.rehearse;
    const onNotice = (n) => {
        if (n.message === TEST_FAILURE_CONTEXT) {
            testFailureContext = n.detail;
            return;
        }
        if (ownBeginWarning && n.code === '25001') {
            ownBeginWarning = false;
            return;
        }
        const severity = severityOf(n.severity);
        if (severity === 'DEBUG' && !input.verbose)
            return;
        const event = {
            type: 'notice',
            severity,
            message: n.message ?? '',
        };
        if (n.detail)
            event.detail = n.detail;
        if (n.hint)
            event.hint = n.hint;
        if (n.where)
            event.where = n.where;
        if (severity === 'WARNING' && n.where) {
            const at = locateInProjectFiles({ ...n, message: n.message ?? '' }, input.files);
            if (at) {
                event.file = at.path;
                if (at.line !== undefined)
                    event.line = at.line;
            }
        }
        tracker.onNotice(event.message, input.elapsed());
        input.emit(event);
    };
    client.on('notice', onNotice);
    const outcome = { tests: [] };
    let units = [];
    let current = 0;
    let committed = 0;
    /** The head's COMMIT (sent on its own) is in flight: its outcome is unknown if we lose the server. */
    let committing = false;
    let running = false;
    let errorUnit;
    let script = input.deploySql;
    try {
        script = await expand(input, tracker);
        units = splitUnits(script);
        outcome.executionUnits = units.length;
        input.emit({ type: 'units-planned', units: units.length, testMacros: input.macros.length });
        if (units.length > 1) {
            input.emit({
                type: 'verbose',
                message: `deploy.sql splits into ${units.length} execution units at the first top-level transaction terminator`,
            });
        }
        // decisions.md 16: DEBUG from the user's deploy.sql only, never from session preparation.
        if (input.verbose)
            await client.query('SET client_min_messages = debug');
        control.throwIfAborted();
        running = true;
        if (input.rehearse) {
            await rehearseHead(input, units);
            ownBeginWarning = false;
            outcome.unitsCommitted = 0;
            outcome.executionMode = 'atomic';
            outcome.notRehearsed = units
                .slice(1)
                .map((u, i) => ({ unit: i + 2, firstLine: firstLineOf(u.text) }));
            outcome.tests = tracker.finish(input.elapsed());
            return outcome;
        }
        for (current = 0; current < units.length; current++) {
            input.emit({ type: 'unit-started', unit: current + 1, units: units.length });
            const head = current === 0 ? splitHeadUnit(units[0], units.length > 1) : undefined;
            if (head) {
                await input.beforeOpen?.();
                errorUnit = head.body;
                await client.query(head.body.text);
                control.throwIfAborted();
                errorUnit = head.terminator;
                if (client.getTransactionStatus() === 'T') {
                    await input.beforeCommit?.('transaction');
                    assertStillOpen(client);
                }
                control.throwIfAborted();
                committing = true;
                await client.query(head.terminator.text);
                committing = false;
            }
            else {
                const unit = units[current];
                const status = client.getTransactionStatus();
                if (status === 'I') {
                    // A head sent whole may hold its own COMMIT; a tail unit commits as it runs.
                    if (current === 0 || transactionEffect(unit.text) !== 'opens') {
                        await input.beforeCommit?.('autocommit');
                    }
                    else
                        await input.beforeOpen?.();
                }
                else if (status === 'T' && transactionEffect(unit.text) === 'commits') {
                    await input.beforeCommit?.('transaction');
                    assertStillOpen(client);
                }
                control.throwIfAborted();
                errorUnit = unit;
                await client.query(unit.text);
            }
            // What really committed (decisions.md 6): everything up to the last unit after which the
            // session was idle; units inside a transaction that later rolls back do not count.
            if (client.getTransactionStatus() === 'I')
                committed = current + 1;
            control.throwIfAborted();
        }
        if (client.getTransactionStatus() !== 'I') {
            await client.query('ROLLBACK');
            throw new engine_errors/* ExecutionError */.Re('execution failed: deploy.sql ended inside an open transaction block (a BEGIN, or COMMIT AND CHAIN, without a final COMMIT); it was rolled back and nothing from that transaction was committed', { hints: ['end deploy.sql with COMMIT after the last statement of the transaction'] });
        }
        outcome.unitsCommitted = units.length;
        outcome.tests = tracker.finish(input.elapsed());
    }
    catch (err) {
        const reason = control.reason;
        let error = err;
        if (reason && !(err instanceof engine_errors/* ExecutionError */.Re && err.cause === undefined)) {
            if (err !== reason)
                reason.cause ??= err;
            error = reason;
        }
        else if (isConnectionLoss(err, client)) {
            const database = input.database ?? '';
            const inFlight = committing ? { committed: 0, unit: -1, units: units.length } : undefined;
            error = !running
                ? connectionLost('load', lossMessage('load', database), err)
                : current === 0
                    ? connectionLost('head', lossMessage('head', database, inFlight), err)
                    : connectionLost('tail', lossMessage('tail', database, { committed, unit: current + 1, units: units.length }), err);
        }
        else if ((0,engine_errors/* isPgDatabaseError */.Hd)(err) && units.length > 0) {
            const unit = errorUnit ?? units[current];
            const { location, failedFile } = locate(err, unit, script, input, testFailureContext);
            const holders = err.code === '55P03' ? await describeLockHolders(client) : '';
            error = new engine_errors/* ExecutionError */.Re(`execution failed: ${(0,engine_errors/* describePgError */.Ry)(err)}${holders}`, {
                cause: err,
                hints: hintsFor(err),
                ...(location ? { location } : {}),
                ...(failedFile ? { failedFile } : {}),
            });
        }
        if (outcome.executionUnits !== undefined) {
            outcome.unitsCommitted = committed;
            outcome.executionMode = current === 0 ? 'atomic' : 'psql';
            outcome.failedUnit = current + 1;
        }
        const pg = (0,engine_errors/* firstPgError */.wm)(error);
        const failedFile = (0,engine_errors/* failedFileOf */.Hm)(error);
        const at = error instanceof engine_errors/* ExecutionError */.Re ? error.location : undefined;
        outcome.tests = tracker.finish(input.elapsed(), {
            message: pg?.message ?? (0,engine_errors/* messageOf */.bD)(error),
            ...(failedFile ? { failedFile } : {}),
            ...(pg?.code ? { sqlstate: pg.code } : {}),
            ...(at && at.script === failedFile ? { line: at.line } : {}),
        });
        outcome.error = error;
    }
    finally {
        client.off('notice', onNotice);
    }
    return outcome;
}

;// CONCATENATED MODULE: ./src/engine/pipeline/run-control.ts
/**
 * Deadline and cancellation for one engine run: `--timeout` and the front door's signal
 * (SIGINT/SIGTERM) become one AbortSignal whose reason is the PgmiError that ends the run.
 */

class RunControl {
    timeoutMs;
    external;
    signal;
    controller = new AbortController();
    timer;
    onExternalAbort;
    constructor(timeoutMs, external) {
        this.timeoutMs = timeoutMs;
        this.external = external;
        this.signal = this.controller.signal;
        this.onExternalAbort = () => this.abort(this.externalReason());
        if (external?.aborted)
            this.onExternalAbort();
        else
            external?.addEventListener('abort', this.onExternalAbort, { once: true });
        if (timeoutMs > 0) {
            this.timer = setTimeout(() => this.abort(this.timeoutError()), timeoutMs);
            this.timer.unref();
        }
    }
    externalReason() {
        const r = this.external?.reason;
        return r instanceof engine_errors/* PgmiError */.K8 ? r : new engine_errors/* InterruptedError */.p4('SIGINT');
    }
    timeoutError() {
        return new engine_errors/* TimeoutError */.MU(`deployment exceeded --timeout ${formatMs(this.timeoutMs)} (context deadline exceeded)`, {
            hints: [
                'raise --timeout (0 disables it), or put statement limits in SQL with SET statement_timeout',
            ],
        });
    }
    abort(reason) {
        if (!this.controller.signal.aborted)
            this.controller.abort(reason);
    }
    /** The error that ended the run, if it was cut short. */
    get reason() {
        return this.signal.aborted ? this.signal.reason : undefined;
    }
    throwIfAborted() {
        if (this.signal.aborted)
            throw this.signal.reason;
    }
    /** Resolves after `ms`, or rejects with the abort reason as soon as the run is cancelled. */
    sleep(ms) {
        return new Promise((resolve, reject) => {
            if (this.signal.aborted)
                return reject(this.signal.reason);
            const t = setTimeout(() => {
                this.signal.removeEventListener('abort', onAbort);
                resolve();
            }, ms);
            const onAbort = () => {
                clearTimeout(t);
                reject(this.signal.reason);
            };
            this.signal.addEventListener('abort', onAbort, { once: true });
        });
    }
    dispose() {
        if (this.timer)
            clearTimeout(this.timer);
        this.external?.removeEventListener('abort', this.onExternalAbort);
    }
}
function formatMs(ms) {
    if (ms % 3600000 === 0)
        return `${ms / 3600000}h`;
    if (ms % 60000 === 0)
        return `${ms / 60000}m`;
    if (ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}

;// CONCATENATED MODULE: ./src/engine/pipeline/deploy-lock.ts


const PROGRESS_EVERY_MS = 10_000;
function busy(database, waitMs, cause) {
    const waited = waitMs > 0 ? ` (still held after waiting ${formatMs(waitMs)})` : '';
    return new engine_errors/* ConcurrentDeployError */.PY(`concurrent deployment in progress: another pgmi deployment is already running against ${JSON.stringify(database)}${waited}`, {
        cause,
        hints: [
            waitMs > 0
                ? "raise --lock-wait, or find the other deploy with: SELECT * FROM pg_locks WHERE locktype = 'advisory'"
                : "wait for it to finish (or pass --lock-wait 5m to queue behind it), or find it with: SELECT * FROM pg_locks WHERE locktype = 'advisory'",
        ],
    });
}
/** Takes the deploy lock or throws ConcurrentDeployError (exit 15). */
async function acquireDeployLock(client, req) {
    const tryLock = await client.query(`SELECT pg_try_advisory_lock(${req.key}) AS ok`);
    if (tryLock.rows[0].ok)
        return;
    if (req.waitMs <= 0)
        throw busy(req.database, 0);
    const started = Date.now();
    req.progress(`Another deploy of ${JSON.stringify(req.database)} holds the deploy lock; waiting up to ${formatMs(req.waitMs)} (--lock-wait)`);
    const ticker = setInterval(() => {
        req.progress(`Still waiting for the deploy lock (${Math.round((Date.now() - started) / 1000)}s of ${formatMs(req.waitMs)})`);
    }, PROGRESS_EVERY_MS);
    ticker.unref();
    const prev = await client.query("SELECT current_setting('lock_timeout') AS v");
    try {
        await client.query(`SELECT set_config('lock_timeout', $1, false)`, [`${req.waitMs}ms`]);
        try {
            await client.query(`SELECT pg_advisory_lock(${req.key})`);
        }
        catch (err) {
            // 55P03 lock_not_available: lock_timeout expired with the other deploy still running.
            if ((0,engine_errors/* firstPgError */.wm)(err)?.code === '55P03')
                throw busy(req.database, req.waitMs, err);
            throw err;
        }
        req.progress(`Deploy lock acquired after ${((Date.now() - started) / 1000).toFixed(1)}s`);
    }
    finally {
        clearInterval(ticker);
        await client
            .query(`SELECT set_config('lock_timeout', $1, false)`, [prev.rows[0].v])
            .catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/engine/preprocess/nul-byte.ts
/**
 * A NUL byte cannot travel in a simple-query message (the protocol ends strings with it), so a
 * deploy.sql holding one would connect and then fail with 08P01. Found offline instead.
 */

/** Throws ConfigError (exit 10) naming the file, the byte offset, line and column of the first NUL. */
function assertNoNulByte(text, file = 'deploy.sql') {
    const at = text.indexOf('\0');
    if (at < 0)
        return;
    const before = text.slice(0, at);
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = before.split('\n').length;
    const column = [...text.slice(lineStart, at)].length + 1;
    const byteOffset = Buffer.byteLength(before, 'utf8');
    throw new engine_errors.ConfigError(`invalid configuration: ${file} contains a NUL byte at offset ${byteOffset} (line ${line}, column ${column}); PostgreSQL cannot receive one in SQL text — remove it`, { failedFile: file });
}

// EXTERNAL MODULE: ./src/engine/project/go-text.ts
var go_text = __nccwpck_require__(97986);
;// CONCATENATED MODULE: ./src/engine/project/params.ts
/**
 * Deployment parameters: `--param key=value`, `--params-file` (pgmi's own format), merging and
 * validation. Parameter values may be secrets: no message here ever contains one.
 *
 * Keys are case-insensitive end to end (decisions.md 3): sources merge on the lower-cased key,
 * later source winning (pgmi.yaml < params files in order < secret params files < `--param` <
 * `--secret-param`), and two spellings of one
 * key inside a single source are a configuration error naming both. Upstream merged case-sensitively
 * and then collided on the session table's lower-cased primary key.
 */



const PREFIX = 'invalid configuration: ';
/** `--param key=value`: split at the first `=`; neither side trimmed; the value may be empty. */
function parseParamArg(arg) {
    const eq = arg.indexOf('=');
    if (eq < 0) {
        throw new engine_errors.ConfigError(`${PREFIX}invalid parameter format: parameter ${(0,go_text/* goQuote */.dg)(arg)} is not in key=value format (example: --param env=production)`);
    }
    if (eq === 0) {
        // Upstream echoes the whole argument; everything after `=` is a value, so it is not shown.
        throw new engine_errors.ConfigError(`${PREFIX}invalid parameter format: parameter has empty key: "=…" (the value is not shown)`);
    }
    return [arg.slice(0, eq), arg.slice(eq + 1)];
}
/**
 * `--secret-param key=value`: as `--param`, but a malformed one is named by its position only —
 * without `=` the whole argument may be the secret.
 */
function parseSecretParamArg(arg, position) {
    const eq = arg.indexOf('=');
    if (eq <= 0) {
        throw new engine_errors.ConfigError(`${PREFIX}invalid parameter format: --secret-param number ${position} ${eq < 0 ? 'is not in key=value format' : 'has an empty key'} (the value is not shown; example: --secret-param api_key=…)`);
    }
    return [arg.slice(0, eq), arg.slice(eq + 1)];
}
const PARAMS_FILE_TIP = 'Tip: each line must be KEY=VALUE; blank lines and lines starting with # are ignored; ' +
    'one pair of surrounding "double" or \'single\' quotes is removed from a value.';
/**
 * pgmi's params-file format (not a dotenv dialect): BOM ignored; lines split on `\n` and trimmed;
 * blank and `#` lines skipped (`#` elsewhere is data); split at the first `=`, key and value
 * trimmed; one pair of matching surrounding quotes removed; no escapes, expansion or `export`.
 */
function parseParamsFile(text, path) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const entries = [];
    const lines = body.split('\n');
    for (let n = 0; n < lines.length; n++) {
        const line = (0,go_text/* goTrimSpace */.hb)(lines[n]);
        if (line === '' || line.startsWith('#'))
            continue;
        const fail = (problem) => new engine_errors.ConfigError(`${PREFIX}failed to parse params file '${path}': line ${n + 1}: ${problem}`, {
            hints: [PARAMS_FILE_TIP],
        });
        const eq = line.indexOf('=');
        if (eq < 0)
            throw fail('invalid format, expected KEY=VALUE');
        const key = (0,go_text/* goTrimSpace */.hb)(line.slice(0, eq));
        let value = (0,go_text/* goTrimSpace */.hb)(line.slice(eq + 1));
        if (key === '')
            throw fail('empty key');
        if (value.length >= 2) {
            const first = value[0];
            if ((first === '"' || first === "'") && value.endsWith(first))
                value = value.slice(1, -1);
        }
        entries.push([key, value]);
    }
    return entries;
}
/** Reads and parses one `--params-file` (path relative to the working directory). */
function readParamsFile(path) {
    let bytes;
    try {
        bytes = (0,go_text/* stripBom */.F8)((0,external_node_fs_.readFileSync)(path));
    }
    catch (err) {
        throw new engine_errors.ConfigError(`${PREFIX}failed to read params file '${path}': ${(0,engine_errors/* messageOf */.bD)(err)}`, {
            cause: err,
            hints: ['Tip: params file paths are relative to the current working directory.'],
        });
    }
    const bad = (0,go_text/* firstInvalidUtf8 */.vE)(bytes);
    if (bad >= 0) {
        // The line number only: the bytes around the offset may be part of a secret value.
        let line = 1;
        for (let i = 0; i < bad; i++)
            if (bytes[i] === 0x0a)
                line++;
        throw new engine_errors.ConfigError(`${PREFIX}failed to parse params file '${path}': line ${line}: not valid UTF-8`, { hints: ['Tip: re-save the file as UTF-8.'] });
    }
    return parseParamsFile(Buffer.from(bytes).toString('utf8'), path);
}
const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
/** One key and value; throws naming the key, never the value. */
function validateParam(key, value) {
    if (!KEY_PATTERN.test(key)) {
        throw new engine_errors.ConfigError(`${PREFIX}invalid parameter key '${key}': must start with a letter or underscore and contain only letters, digits and underscores, 1-63 characters (PostgreSQL identifier limit)`);
    }
    const nul = value.indexOf('\0');
    if (nul >= 0) {
        const offset = Buffer.byteLength(value.slice(0, nul), 'utf8');
        throw new engine_errors.ConfigError(`${PREFIX}invalid parameter value for '${key}': contains NUL byte at offset ${offset}`);
    }
    // A JavaScript string is not UTF-8 only when it holds an unpaired surrogate.
    if (/\p{Surrogate}/u.test(value)) {
        throw new engine_errors.ConfigError(`${PREFIX}invalid parameter value for '${key}': not valid UTF-8`);
    }
}
/** Validates every key and value (first problem wins). */
function validateParams(params) {
    const entries = params instanceof Map || Symbol.iterator in params
        ? params
        : Object.entries(params);
    for (const [key, value] of entries)
        validateParam(key, value);
}
/**
 * Merges sources in order on lower-cased keys (later wins) and validates the winners with the key
 * as the user wrote it. Returns lower-cased keys — what the session loads — in a prototype-free
 * object, so a key such as `__proto__` is an ordinary entry.
 */
function mergeParams(sources) {
    const winners = new Map();
    for (const { source, entries } of sources) {
        const spelling = new Map();
        for (const [key, value] of entries) {
            const lower = key.toLowerCase();
            const seen = spelling.get(lower);
            if (seen !== undefined && seen !== key) {
                throw new engine_errors.ConfigError(`${PREFIX}parameter keys '${seen}' and '${key}' in ${source} differ only by case; parameter keys are case-insensitive, so keep one of them`);
            }
            spelling.set(lower, key);
            winners.set(lower, [key, value]);
        }
    }
    const merged = Object.create(null);
    for (const [lower, [key, value]] of winners) {
        validateParam(key, value);
        merged[lower] = value;
    }
    return merged;
}

;// CONCATENATED MODULE: ./src/engine/project/sql-lexer.ts
/**
 * The byte-level SQL lexer behind the normalised checksum and `<pgmi-meta>` comment discovery.
 *
 * Hand-written on purpose: `pgmi_checksum` must be bit-identical to upstream pgmi's (users keep it
 * in migration ledgers), so this reproduces upstream's scanner exactly, quirks included, rather
 * than using a general SQL tokenizer. One state machine serves both callers, so the comments the
 * checksum drops are exactly the comments the metadata reader examines.
 *
 * It works over UTF-8 bytes: every byte that matters to the grammar is ASCII, bytes >= 0x80 count
 * as identifier bytes (for the `E'...'` rule) and are otherwise copied untouched.
 */

const NORMAL = 0;
const LINE_COMMENT = 1;
const BLOCK_COMMENT = 2;
const LITERAL = 3;
const QUOTED_IDENT = 4;
const DOLLAR_BODY = 5;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const DQUOTE = 0x22;
const DOLLAR = 0x24;
const QUOTE = 0x27;
const STAR = 0x2a;
const DASH = 0x2d;
const SLASH = 0x2f;
const BACKSLASH = 0x5c;
/** Letters, digits, `_`, `$` and any byte >= 0x80: what may precede an `E` that is not a token. */
function isIdentByte(b) {
    const lower = b | 0x20;
    return ((lower >= 0x61 && lower <= 0x7a) ||
        (b >= 0x30 && b <= 0x39) ||
        b === 0x5f ||
        b === DOLLAR ||
        b >= 0x80);
}
function isTagStart(b) {
    const lower = b | 0x20;
    return (lower >= 0x61 && lower <= 0x7a) || b === 0x5f;
}
/**
 * Length of the dollar-quote opening tag at `i` (`$$`, `$tag$`), or 0 when the `$` opens none.
 * ASCII tags only, as upstream's checksum scanner. Note the upstream quirk this keeps: `a$b$c`
 * opens a dollar quote at `$b$` although PostgreSQL would read one identifier.
 */
function sql_lexer_dollarTagLength(src, i) {
    const n = src.length;
    let j = i + 1;
    if (j < n && src[j] === DOLLAR)
        return 2;
    if (j >= n || !isTagStart(src[j]))
        return 0;
    j++;
    while (j < n) {
        const b = src[j];
        if (b === DOLLAR)
            return j - i + 1;
        if (!isTagStart(b) && !(b >= 0x30 && b <= 0x39))
            return 0;
        j++;
    }
    return 0;
}
function tagMatches(src, at, tagStart, tagLen) {
    if (at + tagLen > src.length)
        return false;
    for (let k = 0; k < tagLen; k++)
        if (src[at + k] !== src[tagStart + k])
            return false;
    return true;
}
// Bytes that can change state in normal mode; every other byte is copied (A–Z folded) in a
// tight loop, which is where nearly all of a SQL file's bytes go.
const SPECIAL = new Uint8Array(256);
for (const b of [DASH, SLASH, QUOTE, DQUOTE, DOLLAR])
    SPECIAL[b] = 1;
const FOLD = new Uint8Array(256);
for (let b = 0; b < 256; b++)
    FOLD[b] = b >= 0x41 && b <= 0x5a ? b | 0x20 : b;
// White space for the collapsing output (Go's unicode.IsSpace): 1 an ASCII space byte, 2 a byte
// that may start a multi-byte one (goSpaceLength decides).
const WS = new Uint8Array(256);
for (const b of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, SPACE])
    WS[b] = 1;
for (const b of [0xc2, 0xe1, 0xe2, 0xe3])
    WS[b] = 2;
// Normal mode with collapsing: 0 copied (A–Z folded) in the tight loop, 1 special, 2 white space
// (ASCII) or 3 perhaps (multi-byte).
const NORMAL_CLASS = new Uint8Array(256);
for (let b = 0; b < 256; b++)
    NORMAL_CLASS[b] = SPECIAL[b] ? 1 : WS[b] ? WS[b] + 1 : 0;
// In a literal, quoted identifier or dollar body with collapsing: non-zero for the bytes that end
// a run of copied bytes, white space and the state's stop byte (by stop byte; and the backslash
// too in an escape string). One lookup per byte instead of three comparisons.
const QUOTED_CLASS = [];
for (const stop of [QUOTE, DQUOTE, DOLLAR]) {
    const t = new Uint8Array(256);
    for (let b = 0; b < 256; b++)
        t[b] = WS[b] || b === stop ? 1 : 0;
    QUOTED_CLASS[stop] = t;
}
const QUOTED_ESCAPE_CLASS = QUOTED_CLASS[QUOTE].slice();
QUOTED_ESCAPE_CLASS[BACKSLASH] = 1;
const newLexState = () => ({
    i: 0,
    state: NORMAL,
    depth: 0,
    commentStart: 0,
    escapeString: false,
    tagStart: 0,
    tagLen: 0,
});
/** Longest dollar-quote tag `lexSqlRange` may copy past its limit (longer tags: see below). */
const MAX_RANGE_TAG = 64;
/**
 * Runs the lexer over `src`.
 *
 * - `out` (at least `src.length` bytes) receives the intermediate normalised text: ASCII A–Z folded
 *   in normal state, each comment replaced by one space (a line comment keeps its `\n`/`\r\n`),
 *   everything else copied. It never grows: the return value is the number of bytes written.
 * - `spans` receives `[contentStart, contentEnd]` byte offsets of the text inside every top-level
 *   block comment (nesting honoured; an unterminated comment runs to the end of the input).
 */
function lexSql(src, out, spans) {
    const st = newLexState();
    const o = lexSqlRange(src, st, src.length, out, 0, spans);
    lexSqlEnd(src, st, spans);
    return o;
}
/** Closes the lexer after the last range: an unterminated block comment runs to the end. */
function lexSqlEnd(src, st, spans) {
    if (st.state === BLOCK_COMMENT && spans)
        spans.push(st.commentStart + 2, src.length);
}
/**
 * The lexer over `src[st.i, limit)`, resumable: the state is kept in `st`, so a large file can be
 * lexed a block at a time into a small output buffer (streaming). Look-ahead and look-behind read
 * the whole of `src`, so block boundaries change nothing; a token that starts before `limit` is
 * finished, which may write up to `max(2, tag length)` bytes for input past `limit`. Output goes
 * to `out` from `o`; returns the new output length. Returns -1 (nothing consumed beyond the
 * state in `st`, which is then unusable) when `out` is not null and a dollar tag longer than
 * `MAX_RANGE_TAG` opens: the caller lexes the file in one call instead.
 *
 * With `ws` (and `out`), the output's white space is collapsed as it is written, the second pass
 * of the normalisation done in the first (see `Collapse`): a run of white space is skipped where
 * it is read and its one space written before the next byte that is not white space, which may
 * come from a later call. The output is what the lexer alone writes, then collapsed: every byte
 * of a multi-byte space is copied verbatim from `src` by either, so looking it up in `src` finds
 * what the collapse finds in the output. At most one byte more than the input is written (a
 * space still pending from an earlier call).
 */
function lexSqlRange(src, st, limit, out, o, spans, ws = null) {
    const n = src.length;
    let i = st.i;
    let state = st.state;
    let depth = st.depth;
    let commentStart = st.commentStart;
    let escapeString = st.escapeString;
    let tagStart = st.tagStart;
    let tagLen = st.tagLen;
    const ranged = limit < n;
    // Collapsing: `fold` writes through the checks below; without it, `pending` stays false.
    const fold = out !== null && ws !== null;
    let pending = ws?.pending ?? false;
    let wrote = ws?.wrote ?? false;
    while (i < limit) {
        if (state === NORMAL) {
            // With collapsing, normal text and the quoted states below have loops of their own, alike
            // in shape: one loop over per-state tables measured 1.5-2x slower (V8 then keeps neither
            // table nor mapping fixed).
            if (fold) {
                for (;;) {
                    let b;
                    while (i < limit && NORMAL_CLASS[(b = src[i])] === 0) {
                        if (pending) {
                            if (wrote)
                                out[o++] = SPACE;
                            pending = false;
                        }
                        out[o++] = FOLD[b];
                        i++;
                        wrote = true;
                        // The rest of the run, without the checks; a single space copied in it (see below).
                        for (;;) {
                            while (i < limit && NORMAL_CLASS[(b = src[i])] === 0) {
                                out[o++] = FOLD[b];
                                i++;
                            }
                            if (b !== SPACE || i + 1 >= limit || NORMAL_CLASS[src[i + 1]] !== 0)
                                break;
                            out[o++] = SPACE;
                            i++;
                        }
                    }
                    if (i >= limit)
                        break;
                    const k = NORMAL_CLASS[src[i]];
                    if (k === 1)
                        break;
                    const size = k === 2 ? 1 : (0,go_text/* goSpaceLength */.Pc)(src, i, n);
                    if (size > 0) {
                        pending = true;
                        i += size;
                        continue;
                    }
                    // A byte that starts no multi-byte space: copied (as FOLD would: it is >= 0x80).
                    if (pending) {
                        if (wrote)
                            out[o++] = SPACE;
                        pending = false;
                    }
                    out[o++] = src[i++];
                    wrote = true;
                }
            }
            else if (out) {
                let b;
                while (i < limit && SPECIAL[(b = src[i])] === 0) {
                    out[o++] = FOLD[b];
                    i++;
                }
            }
            else {
                while (i < limit && SPECIAL[src[i]] === 0)
                    i++;
            }
            if (i >= limit)
                break;
        }
        else if (state === BLOCK_COMMENT) {
            while (i < limit && src[i] !== SLASH && src[i] !== STAR)
                i++;
            if (i >= limit)
                break;
        }
        else if (state === LINE_COMMENT) {
            while (i < limit && src[i] !== LF && src[i] !== CR)
                i++;
            if (i >= limit)
                break;
        }
        else {
            // Literal, quoted identifier or dollar body: copy up to the next byte that may end it.
            const stop = state === LITERAL ? QUOTE : state === QUOTED_IDENT ? DQUOTE : DOLLAR;
            const escapes = state === LITERAL && escapeString;
            if (fold) {
                const end = escapes ? BACKSLASH : stop;
                // Non-zero for the bytes that end the run below: this state's stop bytes and white space.
                const table = state === LITERAL
                    ? escapes
                        ? QUOTED_ESCAPE_CLASS
                        : QUOTED_CLASS[QUOTE]
                    : QUOTED_CLASS[stop];
                let b;
                while (i < limit && (b = src[i]) !== stop && b !== end) {
                    const k = WS[b];
                    const size = k === 0 ? 0 : k === 1 ? 1 : (0,go_text/* goSpaceLength */.Pc)(src, i, n);
                    if (size > 0) {
                        pending = true;
                        i += size;
                        continue;
                    }
                    if (pending) {
                        if (wrote)
                            out[o++] = SPACE;
                        pending = false;
                    }
                    out[o++] = b;
                    i++;
                    wrote = true;
                    // The rest of the run, without the checks. A single space between two such bytes
                    // collapses to itself: copied in the run (most spaces are single).
                    for (;;) {
                        while (i < limit && table[(b = src[i])] === 0) {
                            out[o++] = b;
                            i++;
                        }
                        if (b !== SPACE || i + 1 >= limit || table[src[i + 1]] !== 0)
                            break;
                        out[o++] = SPACE;
                        i++;
                    }
                }
            }
            else if (out) {
                // One pass: copy while looking for the end.
                const end = escapes ? BACKSLASH : stop;
                let b;
                while (i < limit && (b = src[i]) !== stop && b !== end) {
                    out[o++] = b;
                    i++;
                }
            }
            else {
                while (i < limit && src[i] !== stop && !(escapes && src[i] === BACKSLASH))
                    i++;
            }
            if (i >= limit)
                break;
        }
        const c = src[i];
        const next = i + 1 < n ? src[i + 1] : -1;
        // What the cases below write is never white space, except where they say: a pending space
        // goes first.
        if (fold && pending) {
            const spaceOut = state === LINE_COMMENT ||
                state === BLOCK_COMMENT ||
                (state === NORMAL && ((c === DASH && next === DASH) || (c === SLASH && next === STAR)));
            if (!spaceOut) {
                if (wrote)
                    out[o++] = SPACE;
                pending = false;
            }
        }
        switch (state) {
            case NORMAL:
                if (c === DASH && next === DASH) {
                    if (fold)
                        pending = true;
                    else if (out)
                        out[o++] = SPACE;
                    state = LINE_COMMENT;
                    i += 2;
                }
                else if (c === SLASH && next === STAR) {
                    if (fold)
                        pending = true;
                    else if (out)
                        out[o++] = SPACE;
                    state = BLOCK_COMMENT;
                    depth = 1;
                    commentStart = i;
                    i += 2;
                }
                else if (c === QUOTE) {
                    // E'...' is an escape string only when the E is a token of its own (not `abcE'`).
                    escapeString =
                        i >= 1 && (src[i - 1] | 0x20) === 0x65 && (i < 2 || !isIdentByte(src[i - 2]));
                    if (out)
                        out[o++] = c;
                    wrote ||= fold;
                    state = LITERAL;
                    i++;
                }
                else if (c === DQUOTE) {
                    if (out)
                        out[o++] = c;
                    wrote ||= fold;
                    state = QUOTED_IDENT;
                    i++;
                }
                else if (c === DOLLAR) {
                    const len = sql_lexer_dollarTagLength(src, i);
                    if (ranged && out && len > MAX_RANGE_TAG)
                        return -1;
                    if (len > 0) {
                        if (out)
                            for (let k = 0; k < len; k++)
                                out[o++] = src[i + k];
                        tagStart = i;
                        tagLen = len;
                        state = DOLLAR_BODY;
                        i += len;
                    }
                    else {
                        if (out)
                            out[o++] = c;
                        i++;
                    }
                    wrote ||= fold;
                }
                else {
                    // A lone `-` or `/`.
                    if (out)
                        out[o++] = c;
                    wrote ||= fold;
                    i++;
                }
                break;
            case LINE_COMMENT:
                if (c === LF) {
                    if (fold)
                        pending = true;
                    else if (out)
                        out[o++] = c;
                    state = NORMAL;
                    i++;
                }
                else if (c === CR && next === LF) {
                    if (fold)
                        pending = true;
                    else if (out) {
                        out[o++] = CR;
                        out[o++] = LF;
                    }
                    state = NORMAL;
                    i += 2;
                }
                else
                    i++;
                break;
            case BLOCK_COMMENT:
                if (c === SLASH && next === STAR) {
                    depth++;
                    i += 2;
                }
                else if (c === STAR && next === SLASH) {
                    depth--;
                    i += 2;
                    if (depth === 0) {
                        state = NORMAL;
                        if (spans)
                            spans.push(commentStart + 2, i - 2);
                    }
                }
                else
                    i++;
                break;
            case LITERAL:
                if (out)
                    out[o++] = c;
                wrote ||= fold;
                if (c === BACKSLASH) {
                    // Escape string: a backslash and the byte after it travel together and cannot close it.
                    if (fold && next >= 0) {
                        // That byte may be (or start) white space, collapsed like any other.
                        const size = (0,go_text/* goSpaceLength */.Pc)(src, i + 1, n);
                        if (size > 0) {
                            pending = true;
                            i += 1 + size;
                            break;
                        }
                    }
                    if (out && next >= 0)
                        out[o++] = next;
                    i += 2;
                }
                else if (next === QUOTE) {
                    if (out)
                        out[o++] = QUOTE;
                    i += 2;
                }
                else {
                    state = NORMAL;
                    i++;
                }
                break;
            case QUOTED_IDENT:
                if (out)
                    out[o++] = c;
                wrote ||= fold;
                if (next === DQUOTE) {
                    if (out)
                        out[o++] = DQUOTE;
                    i += 2;
                }
                else {
                    state = NORMAL;
                    i++;
                }
                break;
            default:
                if (tagMatches(src, i, tagStart, tagLen)) {
                    if (out)
                        for (let k = 0; k < tagLen; k++)
                            out[o++] = src[i + k];
                    state = NORMAL;
                    i += tagLen;
                }
                else {
                    if (out)
                        out[o++] = c;
                    i++;
                }
                wrote ||= fold;
        }
    }
    st.i = i;
    st.state = state;
    st.depth = depth;
    st.commentStart = commentStart;
    st.escapeString = escapeString;
    st.tagStart = tagStart;
    st.tagLen = tagLen;
    if (ws) {
        ws.pending = pending;
        ws.wrote = wrote;
    }
    return o;
}

;// CONCATENATED MODULE: ./src/engine/project/lexer-wasm.ts
// Generated by scripts/build.mjs from wasm/lexer.ts (npm run build): do not edit.
const LEXER_WASM = 'AGFzbQEAAAABCwJgA39/fwF/YAAAAwQDAAABBQMBAAMHFwMEaW5pdAACA2xleAABBm1lbW9yeQIACrsWA5ICAQJ/IAAgAWotAAAiA0EgRgR/QQEFIANBDU0gA0EJT3ELBEBBAQ8LIANBwgFJBEBBAA8LIAFBAWoiBCACSAR/IAAgBGotAAAFQQALIQQgA0HCAUYEQEECQQAgBEGgAUYgBEGFAUZyGw8LIANB4QFJIANB4wFLcgRAQQAPCyABQQJqIgEgAkgEfyAAIAFqLQAABUEACyEAIANB4QFGBEBBA0EAIABBgAFGIARBmgFGcRsPCyADQeMBRgRAQQNBACAAQYABRiAEQYABRnEbDwsgBEGAAUYEQEEDQQAgAEGKAUwgAEGAAU5xIABBqAFGciAAQakBRnIgAEGvAUZyGw8LQQNBACAAQZ8BRiAEQYEBRnEbC4USARF/QYAQKAIAIQRBhBAoAgAhC0GIECgCACENQYwQKAIAIQpBkBAoAgBBAEchCUGUECgCACEIQZgQKAIAIQZBnBAoAgBBAEchDEGgECgCAEEARyEHIAEgAkohEEGAICEDA0AgAiAESgRAAkAgCwRAIAtBAkYEQANAIAIgBEoEfyAAIARqLQAAQS9HBUEACwR/IAAgBGotAABBKkcFQQALBEAgBEEBaiEEDAELCwUgC0EBRgRAA0AgAiAESgR/IAAgBGotAABBCkcFQQALBH8gACAEai0AAEENRwVBAAsEQCAEQQFqIQQMAQsLBSALQQNGIgUEQCAJIQULQdwAIAtBA0YEf0EnBUEiQSQgC0EERhsLIhEgBRshEiALQQNGBH9BgAxBgAYgBRsFQYAIQYAKIAtBBEYbCyETA0AgAiAESgR/IBEgACAEai0AACIORwVBAAshBSAOIBJHQQAgBRsEQCAOLQCABCIFBH8gBUEBRgR/QQEFIAAgBCABEAALBUEACyIFQQBKBEBBASEMIAQgBWohBAwCCyAMBH9BACEMIAcEfyADQSA6AAAgA0EBagUgAwsFIAMLIgVBAWohAyAFIA46AAAgBEEBaiEEQQEhBwNAA0AgAiAESgR/IBMgACAEai0AACIOai0AAAVBAQtFBEAgAyIFQQFqIQMgBSAOOgAAIARBAWohBAwBCwsgDkEgRyAEQQFqIAJOcgR/QQEFIBMgBEEBaiAAai0AAGotAAALRQRAIAMiBUEBaiEDIAVBIDoAACAEQQFqIQQMAQsLDAELCwsLBQNAAkADQCACIARKBH8gACAEai0AACIPLQAABUEBC0UEQCAMBH9BACEMIAcEfyADQSA6AAAgA0EBagUgAwsFIAMLIgVBAWohAyAFIA8tAIACOgAAIARBAWohBEEBIQcDQANAIAIgBEoEfyAAIARqLQAAIg8tAAAFQQELRQRAIAMiBUEBaiEDIAUgDy0AgAI6AAAgBEEBaiEEDAELCyAPQSBHIARBAWogAk5yBH9BAQUgBEEBaiAAai0AAC0AAAtFBEAgAyIFQQFqIQMgBUEgOgAAIARBAWohBAwBCwsMAQsLIAIgBEwNACAAIARqLQAALQAAIgVBAUYNACAFQQJGBH9BAQUgACAEIAEQAAsiBUEASgR/QQEhDCAEIAVqBSAMBH9BACEMIAcEfyADQSA6AAAgA0EBagUgAwsFIAMLIgVBAWohAyAFIAAgBGotAAA6AABBASEHIARBAWoLIQQMAQsLCyACIARMDQAgACAEai0AACERIARBAWoiBSABSAR/IAAgBWotAAAFQX8LIRIgDARAIAtBAUYiBUUEQCALQQJGIQULIAUEfyAFBSALBH9BAAUgEkEtRiARQS1GcQR/QQEFIBJBKkYgEUEvRnELCwtFBEBBACEMIAcEQCADQSA6AAAgA0EBaiEDCwsLIAsEQCALQQFGBEAgEUEKRgR/QQEhDEEAIQsgBEEBagUgEkEKRiARQQ1GcQR/QQEhDEEAIQsgBEECagUgBEEBagsLIQQFIAtBAkYEQCASQSpGIBFBL0ZxBH8gDUEBaiENIARBAmoFIBJBL0YgEUEqRnEEfyALQQAgDUEBayINGyELIARBAmoFIARBAWoLCyEEBSALQQNGBEAgAyIFQQFqIQMgBSAROgAAQQEhByARQdwARgRAQQAhBSASQQBOBEAgACAEQQFqIAEQACIRQQBKBEBBASEMQQEhBSAEIBFBAWpqIQQLCyAFRQRAIARBAmohBCASQQBOBEAgAyASOgAAIANBAWohAwsLBSASQSdGBH8gAyIFQQFqIQMgBUEnOgAAIARBAmoFQQAhCyAEQQFqCyEECwUgC0EERgR/IAMiBUEBaiEDIAUgEToAAEEBIQcgEkEiRgR/IAMiBUEBaiEDIAVBIjoAACAEQQJqBUEAIQsgBEEBagsFQQEhBwJ/QQAgBCAGaiABSg0AGkEAIQUDQCAFIAZIBEBBACAEIAVqIABqLQAAIAUgCGogAGotAABHDQIaIAVBAWohBQwBCwtBAQsEf0EAIQsDQCAGIAtKBEAgAyIFQQFqIQMgBSAEIAtqIABqLQAAOgAAIAtBAWohCwwBCwtBACELIAQgBmoFIAMiBUEBaiEDIAUgEToAACAEQQFqCwshBAsLCwUgEkEtRiARQS1GcQR/QQEhDEEBIQsgBEECagUgEkEqRiARQS9GcQR/QQEhDEECIQtBASENIAQiCkECagUgEUEnRgR/IARBAEoEfyAEQQFrIABqLQAAQSByQeUARgVBAAsEfyAEQQJIBH9BAAUgBEECayAAai0AACIFQSByIQcgBUHfAEYhCSAHQfoATSAHQeEAT3EEf0EBBSAFQTlNIAVBME9xCyAJciAFQSRGciAFQYABT3ILBUEBC0UhCSADIgVBAWohAyAFIBE6AABBASEHQQMhCyAEQQFqBSARQSJGBH8gAyIFQQFqIQMgBSAROgAAQQEhB0EEIQsgBEEBagUgEUEkRgR/QQIhBwJAIARBAWoiBSABSAR/IAAgBWotAABBJEYFQQALDQBBACEHIAEgBUwEf0EABSAAIAVqLQAAIhJBIHIiE0H6AE0gE0HhAE5xIBJB3wBGcgtFDQAgBUEBaiEFA0AgASAFSgRAIAUgBGtBAWohByAAIAVqLQAAIhJBJEYNAkEAIQcgEkEgciITQfoATSATQeEATnEgEkHfAEZyBH9BAQUgEkE5TSASQTBPcQtFDQIgBUEBaiEFDAELCwsgByIFQcAASiAQcQRAQX8PC0EBIQcgBUEASgR/QQAhCANAIAUgCEoEQCADIgZBAWohAyAGIAQgCGogAGotAAA6AAAgCEEBaiEIDAELC0EFIQsgBSIGIAQiCGoFIAMiBUEBaiEDIAUgEToAACAEQQFqCwUgAyIFQQFqIQMgBSAROgAAQQEhByAEQQFqCwsLCwshBAsMAgsLC0GAECAENgIAQYQQIAs2AgBBiBAgDTYCAEGMECAKNgIAQZAQIAk2AgBBlBAgCDYCAEGYECAGNgIAQZwQIAw2AgBBoBAgBzYCACADQYAgawudAgEDfwNAIAFBgAJIBEAgAUEtRiIARQRAIAFBL0YhAAsgAEUEQCABQSdGIQALIABFBEAgAUEiRiEACyAARQRAIAFBJEYhAAsgAUEBIAFBIEYEf0EBBSABQQ1MIAFBCU5xCwR/QQEFQQJBACABQeEBRiABQcIBRnIgAUHiAUZyIAFB4wFGchsLIgJBAWpBACACGyAAGzoAACABIAFBIHIgASABQdoATCABQcEATnEbOgCAAiABIAI6AIAEIAFBASABQSdGIAIbIgBBAEc6AIAGIAFBgAhqQQEgAUEiRiACG0EARzoAACABQYAKakEBIAFBJEYgAhtBAEc6AAAgAUGADGpBASABQdwARiAAG0EARzoAACABQQFqIQEMAQsLCw==';

;// CONCATENATED MODULE: ./src/engine/project/wasm-lexer.ts
/**
 * The normalising lexer of `pgmi_checksum` compiled to WebAssembly (`wasm/lexer.ts`): the same
 * state machine as `lexSqlRange` with collapsing output, the mode every checksum runs, about
 * twice as fast as the JavaScript one. `PgmiDigester` uses it when the runtime has WebAssembly
 * (not under `node --jitless`) and falls back to `lexSqlRange` otherwise; tests and the `sql`
 * fuzz target hold the two to the same output, range by range.
 *
 * Memory layout (see wasm/lexer.ts): tables from 0, the lexer state at 2048, output at 4096, one
 * small file at SMALL_SRC, and from JOB_SRC the whole of the large file a digest is stepping
 * through (the lexer looks back and ahead across range limits, as `lexSqlRange` does over `src`).
 * That area grows to the largest file and is reused for the next: a digester lives for one scan
 * or one checksum pass, and its memory goes with it.
 */

const STATE = 2048;
const OUT = 4096;
/** Room for one small file (a digest's one-block case). */
const SMALL_SRC = 0x12000;
const WASM_SMALL_MAX = 0x10000;
const JOB_SRC = 0x30000;
const PAGE = 0x10000;
const api = globalThis.WebAssembly;
let compiled;
function wasmModule() {
    compiled ??= api ? new api.Module(Buffer.from(LEXER_WASM, 'base64')) : null;
    return compiled;
}
class WasmLexer {
    exports;
    u8;
    i32;
    /** The file now copied at JOB_SRC. */
    resident;
    constructor(module) {
        this.exports = new api.Instance(module).exports;
        this.exports.init();
        this.u8 = new Uint8Array(this.exports.memory.buffer);
        this.i32 = new Int32Array(this.exports.memory.buffer);
    }
    /** A lexer, or undefined when this runtime has no WebAssembly. */
    static create() {
        const module = wasmModule();
        return module ? new WasmLexer(module) : undefined;
    }
    ensure(bytes) {
        const have = this.exports.memory.buffer.byteLength;
        if (bytes <= have)
            return;
        this.exports.memory.grow(Math.ceil((bytes - have) / PAGE));
        this.u8 = new Uint8Array(this.exports.memory.buffer);
        this.i32 = new Int32Array(this.exports.memory.buffer);
    }
    run(at, n, limit, st, ws) {
        const s = this.i32;
        const b = STATE >> 2;
        s[b] = st.i;
        s[b + 1] = st.state;
        s[b + 2] = st.depth;
        s[b + 3] = st.commentStart;
        s[b + 4] = st.escapeString ? 1 : 0;
        s[b + 5] = st.tagStart;
        s[b + 6] = st.tagLen;
        s[b + 7] = ws.pending ? 1 : 0;
        s[b + 8] = ws.wrote ? 1 : 0;
        const o = this.exports.lex(at, n, limit);
        if (o < 0)
            return o;
        st.i = s[b];
        st.state = s[b + 1];
        st.depth = s[b + 2];
        st.commentStart = s[b + 3];
        st.escapeString = s[b + 4] !== 0;
        st.tagStart = s[b + 5];
        st.tagLen = s[b + 6];
        ws.pending = s[b + 7] !== 0;
        ws.wrote = s[b + 8] !== 0;
        return o;
    }
    /**
     * `lexSqlRange(src, st, limit, out, 0, null, ws)`: the output (a view valid until the next
     * call), or null where that returns -1. `src` of at most WASM_SMALL_MAX bytes is copied for
     * this call only; a larger one stays copied while the same `src` is stepped through.
     */
    lexRange(src, st, limit, ws) {
        // The output area holds one range's output: at most the range, a dollar tag and a space.
        if (limit - st.i > WASM_SMALL_MAX)
            throw new Error('internal error: lexer range too long');
        let at;
        if (src.length <= WASM_SMALL_MAX) {
            at = SMALL_SRC;
            this.u8.set(src, at);
        }
        else {
            at = JOB_SRC;
            if (this.resident !== src) {
                this.ensure(JOB_SRC + src.length);
                this.u8.set(src, at);
                this.resident = src;
            }
        }
        const o = this.run(at, src.length, limit, st, ws);
        return o < 0 ? null : this.u8.subarray(OUT, OUT + o);
    }
    /**
     * A whole file of at most WASM_SMALL_MAX bytes lexed from the start (no state to carry): the
     * output, a view valid until the next call.
     */
    lexWhole(src) {
        if (src.length > WASM_SMALL_MAX)
            throw new Error('internal error: lexer range too long');
        this.u8.set(src, SMALL_SRC);
        this.i32.fill(0, STATE >> 2, (STATE >> 2) + 9);
        const o = this.exports.lex(SMALL_SRC, src.length, src.length);
        return this.u8.subarray(OUT, OUT + o);
    }
    /** Done with a large file: its copy is no longer needed (its area is reused as it is). */
    forget(src) {
        if (this.resident === src)
            this.resident = undefined;
    }
    /** The size of this lexer's memory, in bytes. */
    get memoryBytes() {
        return this.exports.memory.buffer.byteLength;
    }
}

;// CONCATENATED MODULE: ./src/engine/project/checksum.ts
/**
 * The two per-file digests: `checksum` (SHA-256 of the bytes) and `pgmi_checksum` (SHA-256 of the
 * normalised text, bit-identical to upstream pgmi, which ledgers compare across deploys).
 *
 * Normalisation = the lexer pass of `sql-lexer.ts` (comments to one space, ASCII case folding
 * outside literals, quoted identifiers and dollar bodies) followed by a whitespace pass: every run
 * of Go `unicode.IsSpace` code points — anywhere, literals included, as upstream does — becomes
 * one space, and the ends are trimmed. Both work over bytes: linear, and no per-character
 * strings. `pgmiChecksumSimple` runs them as two passes, the reference; `PgmiDigester`, what pgmi
 * uses, runs them as one, the lexer collapsing as it writes (wasm/lexer.ts, compiled to
 * WebAssembly, or the same in JavaScript).
 */





function checksum_bytesOf(input) {
    return typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
}
/**
 * One-shot SHA-256 (`crypto.hash`, Node 20.12+; not yet in the type declarations): for small
 * inputs about twice as fast as a `Hash` object, which matters over thousands of files.
 */
const oneShot = (external_node_crypto_default()).hash;
function sha256Hex(data) {
    return oneShot ? oneShot('sha256', data, 'hex') : (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** SHA-256 (lower-case hex) of the bytes exactly; strings are hashed as UTF-8. */
function rawChecksum(input) {
    return sha256Hex(checksum_bytesOf(input));
}
/** Collapses whitespace runs in `buf[0..len)` in place; returns the new length. */
function collapseWhitespace(buf, len) {
    let w = 0;
    let r = 0;
    let pendingSpace = false;
    while (r < len) {
        const ws = (0,go_text/* goSpaceLength */.Pc)(buf, r, len);
        if (ws > 0) {
            pendingSpace = true;
            r += ws;
            continue;
        }
        // A pending space is written only between two non-space bytes: that trims both ends.
        if (pendingSpace && w > 0)
            buf[w++] = 0x20;
        pendingSpace = false;
        buf[w++] = buf[r++];
    }
    return w;
}
/**
 * The normalised bytes of UTF-8 SQL text (expected to be valid UTF-8, as the scanner guarantees).
 * Returns a view into a fresh buffer.
 */
function normalizeSqlBytes(input) {
    const src = checksum_bytesOf(input);
    const out = Buffer.allocUnsafe(src.length);
    const len = collapseWhitespace(out, lexSql(src, out, null));
    return out.subarray(0, len);
}
/** Upstream pgmi's normalisation of SQL text (see the module comment). */
function normalizeSql(text) {
    return normalizeSqlBytes(text).toString('utf8');
}
/** The straightforward `pgmi_checksum`: normalise the whole text, then hash it. */
function pgmiChecksumSimple(input) {
    return (0,external_node_crypto_.createHash)('sha256').update(normalizeSqlBytes(input)).digest('hex');
}
/** Source bytes lexed per step of the streamed checksum. */
const BLOCK = 64 * 1024;
/**
 * The streamed `pgmi_checksum`: the lexer runs a block at a time into one small output buffer
 * per caller, collapsing white space as it writes (one pass instead of two), and each block's
 * output is hashed before the next. The lexer is the WebAssembly one (wasm-lexer.ts), which
 * holds one copy of a large file in its memory while stepping through it, or `lexSqlRange` where
 * there is no WebAssembly. Gives the same digest as `pgmiChecksumSimple` (tests run both lexers
 * against it over every file of the templates and examples).
 */
class PgmiDigester {
    block;
    buf;
    /** The WebAssembly lexer: undefined until first needed, null when not used. */
    wasm;
    /**
     * `block`: source bytes lexed per step (tests use small ones to exercise the range limits);
     * `wasm: false`: the JavaScript lexer only.
     */
    constructor(options = {}) {
        this.block = Math.max(1, Math.min(options.block ?? BLOCK, WASM_SMALL_MAX));
        this.buf = Buffer.allocUnsafe(this.block + MAX_RANGE_TAG + 8);
        this.wasm = options.wasm === false ? null : undefined;
    }
    lexer() {
        if (this.wasm === undefined)
            this.wasm = WasmLexer.create() ?? null;
        return this.wasm;
    }
    /**
     * One range of `src` lexed and collapsed (`lexSqlRange` with `ws`): the output, valid until the
     * next call, or null when a dollar tag too long for ranged lexing opens.
     */
    lexRange(src, st, limit, ws) {
        const wasm = this.lexer();
        if (wasm)
            return wasm.lexRange(src, st, limit, ws);
        const end = lexSqlRange(src, st, limit, this.buf, 0, null, ws);
        return end < 0 ? null : this.buf.subarray(0, end);
    }
    digest(src) {
        if (src.length <= this.block)
            return this.small(src);
        const job = this.begin(src);
        while (!this.step(job, Infinity))
            ;
        return this.finish(job);
    }
    /**
     * Starts a digest that `step` advances a budget of bytes at a time and `finish` completes, so a
     * caller can interleave the work with I/O. One job at a time per digester (the buffer is
     * shared between steps).
     */
    begin(src, raw = false) {
        return {
            src,
            hash: (0,external_node_crypto_.createHash)('sha256'),
            st: newLexState(),
            ws: { pending: false, wrote: false },
            fallback: undefined,
            raw: raw ? (0,external_node_crypto_.createHash)('sha256') : undefined,
            rawAt: 0,
        };
    }
    /** Lexes at least one block (up to about `budget` bytes); true when the text is done. */
    step(job, budget) {
        const { src, st, ws, hash } = job;
        const until = Math.min(src.length, st.i + Math.max(budget, 1));
        do {
            const limit = Math.min(src.length, st.i + this.block);
            // Lexed and collapsed in one pass (white space still pending travels in `ws`).
            const out = this.lexRange(src, st, limit, ws);
            if (out === null) {
                job.fallback = pgmiChecksumSimple(src);
                this.wasm?.forget(src);
                return true;
            }
            if (out.length > 0)
                hash.update(out);
            // The bytes just lexed (a token may have run past the limit), while they are in cache.
            if (job.raw) {
                job.raw.update(src.subarray(job.rawAt, st.i));
                job.rawAt = st.i;
            }
        } while (st.i < until);
        return st.i >= src.length;
    }
    finish(job) {
        this.wasm?.forget(job.src);
        if (job.fallback !== undefined)
            return job.fallback;
        lexSqlEnd(job.src, job.st, null);
        return job.hash.digest('hex');
    }
    /** The SHA-256 of the bytes of a finished job begun with `raw` (the rest of them hashed here). */
    finishRaw(job) {
        if (!job.raw)
            throw new Error('internal error: no SHA-256 of the bytes in this digest');
        job.raw.update(job.src.subarray(job.rawAt));
        return job.raw.digest('hex');
    }
    /** One block: lexed and collapsed into the buffer in one pass, hashed once. */
    small(src) {
        const wasm = this.lexer();
        // A whole file's lexer state starts empty and ends where nothing reads it (no comment spans).
        if (wasm)
            return sha256Hex(wasm.lexWhole(src));
        const st = newLexState();
        // Never null: the whole input is one range, so no tag is too long.
        const out = this.lexRange(src, st, src.length, { pending: false, wrote: false });
        lexSqlEnd(src, st, null);
        return sha256Hex(out);
    }
}
/** Bytes of a large file lexed and hashed between two looks at the clock: about 1 ms. */
const STEP_BYTES = 256 * 1024;
/**
 * Computes `pgmi_checksum` of `files` (those still without one), and `checksum` where it is
 * missing too, a slice of at most about `sliceMs` of work at a time, yielding to the event loop
 * between slices: the work overlaps with whatever I/O is in flight (connecting, creating the
 * session) instead of delaying it.
 */
async function completePgmiChecksums(files, options = {}) {
    // Short slices: each round trip of the connection being opened meanwhile (about ten of them)
    // waits for the slice in progress; with 4 ms slices of 1 MiB steps, a 20 MiB file's checksums
    // stretched the connection from about 40 to 80 ms.
    const sliceMs = options.sliceMs ?? 1;
    const digester = new PgmiDigester();
    let spent = 0;
    let i = 0;
    let job;
    while (i < files.length && !options.signal?.aborted) {
        const sliceStart = external_node_perf_hooks_.performance.now();
        do {
            const f = files[i];
            if (f.pgmiChecksum !== '') {
                if (f.checksum === '')
                    f.checksum = rawChecksum(f.bytes ?? f.content);
                i++;
                continue;
            }
            const src = f.bytes ?? Buffer.from(f.content, 'utf8');
            if (src.length <= BLOCK) {
                if (f.checksum === '')
                    f.checksum = rawChecksum(src);
                f.pgmiChecksum = digester.digest(src);
                i++;
                continue;
            }
            job ??= digester.begin(src, f.checksum === '');
            if (digester.step(job, STEP_BYTES)) {
                f.pgmiChecksum = digester.finish(job);
                if (job.raw)
                    f.checksum = digester.finishRaw(job);
                job = undefined;
                i++;
            }
        } while (i < files.length && external_node_perf_hooks_.performance.now() - sliceStart < sliceMs);
        spent += external_node_perf_hooks_.performance.now() - sliceStart;
        if (i < files.length)
            await new Promise((r) => setImmediate(r));
    }
    return spent;
}
const shared = new PgmiDigester();
/** `pgmi_checksum`: SHA-256 (lower-case hex) of the normalised text. */
function pgmiChecksum(input) {
    return shared.digest(checksum_bytesOf(input));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/engine/project/metadata.ts
/**
 * Script metadata: the `<pgmi-meta>` block of a SQL file (project-files.md §3).
 *
 * Blocks are top-level block comments found by the checksum's own lexer (`/*` inside literals,
 * quoted identifiers and dollar bodies is not a comment; nesting counts; an unterminated comment
 * runs to the end), so comment discovery and `pgmi_checksum` can never disagree.
 *
 * Deliberate difference from upstream (decisions.md 15): a comment is a metadata block only when
 * its text *starts* with the element — `<pgmi-meta` followed by whitespace or `>`, optionally
 * after an XML declaration and XML comments. Upstream matched the tag anywhere in the comment, so
 * a comment that merely mentions `<pgmi-meta>` in prose was parsed as a block and failed the
 * deploy. A block preceded by prose inside the same comment is, for the same reason, not a block.
 * The namespaced form is detected with the same anchoring.
 */



/** Largest accepted block (bytes of the trimmed comment text). */
const MAX_METADATA_SIZE = 10 * 1024;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
// An XML declaration and XML comments may precede the element; `\s` is XML's (and Go RE2's) set.
const PROLOG = /^(?:<\?xml[^]*?\?>|<!--[^]*?-->|[\t\n\r ]+)*/;
const META_START = /^<[\t\n\f\r ]*pgmi-meta[\t\n\f\r >]/;
const OLD_META_START = /^<[\t\n\f\r ]*pgmi:meta[\t\n\f\r >]/;
const FORMAT_HINT = 'Expected format:\n' +
    '  <pgmi-meta id="UUID" idempotent="true|false">\n' +
    '    <description>...</description>\n' +
    '    <sortKeys><key>...</key></sortKeys>\n' +
    '  </pgmi-meta>';
function metadataError(path, message, hint, line) {
    const where = line === undefined ? path : `${path} (line ${line})`;
    return new engine_errors.ConfigError(`invalid configuration: metadata error in ${where}: ${message}`, {
        hints: [`Hint: ${hint}`],
        failedFile: path,
    });
}
/** Where the metadata block of a file is, if it has one (throws on old-format or repeated blocks). */
function locateBlock(path, bytes) {
    const spans = [];
    lexSql(bytes, null, spans);
    let found;
    for (let k = 0; k < spans.length; k += 2) {
        const text = (0,go_text/* goTrimSpace */.hb)(bytes.toString('utf8', spans[k], spans[k + 1]));
        const element = text.slice(PROLOG.exec(text)?.[0].length ?? 0);
        if (OLD_META_START.test(element)) {
            throw metadataError(path, 'Found old metadata format with namespace (<pgmi:meta>); the namespaced form is no longer supported', 'Rewrite the block as <pgmi-meta id="…" idempotent="…"> … </pgmi-meta>, drop the xmlns:pgmi ' +
                'declaration and the pgmi: prefixes of <description>, <sortKeys> and <key>.\n' +
                FORMAT_HINT);
        }
        if (!META_START.test(element))
            continue;
        if (found !== undefined) {
            throw metadataError(path, 'Multiple metadata blocks found', 'Only one <pgmi-meta> block is allowed per file. Remove duplicates.');
        }
        found = text;
    }
    return found;
}
/**
 * The XML side (saxes), loaded the first time a file holds a block: a project without metadata
 * never loads it (about 90 KB of code to compile at every start otherwise).
 */
let xml;
/** Loads the XML parser that `decodeMetadata` (and so `parseMetadata` of a block) needs. */
async function loadMetadataParser() {
    xml ??= await Promise.all(/* import() */[__nccwpck_require__.e(800), __nccwpck_require__.e(587)]).then(__nccwpck_require__.bind(__nccwpck_require__, 20587));
}
/** Whether `loadMetadataParser` has completed. */
const metadataParserLoaded = () => xml !== undefined;
function validate(path, decoded) {
    const problems = [];
    if (decoded.id === undefined || decoded.id === NIL_UUID) {
        problems.push(`id attribute is required and cannot be the nil UUID (${NIL_UUID}).\n` +
            '     Each script must have a unique identifier.\n' +
            '     Generate one with: uuidgen (Linux/macOS), [guid]::NewGuid() (PowerShell), or pgmi metadata scaffold');
    }
    if (decoded.idempotent === undefined) {
        problems.push('idempotent attribute is required (idempotent="true" or idempotent="false").\n' +
            '     true: the script is safe to rerun every deploy (CREATE OR REPLACE, IF NOT EXISTS).\n' +
            '     false: the script runs once per id (tracked one-time migration).');
    }
    decoded.sortKeys.forEach((key, i) => {
        if ((0,go_text/* goTrimSpace */.hb)(key) === '') {
            problems.push(`sortKeys[${i}] cannot be empty or whitespace-only.\n` +
                '     Provide meaningful sort keys for execution ordering.\n' +
                '     Recommended format: "phase/sequence" (e.g., "10-utils/0010", "30-core/2000")');
        }
    });
    if (decoded.description !== '' && (0,go_text/* goTrimSpace */.hb)(decoded.description) === '') {
        problems.push('description element contains only whitespace.\n' +
            '     Remove it or provide a meaningful description.');
    }
    if (problems.length > 0) {
        throw new engine_errors.ConfigError(`invalid configuration: invalid PGMI metadata in ${path}:\n` +
            problems.map((p, i) => `  ${i + 1}. ${p}`).join('\n'), {
            hints: [FORMAT_HINT, 'Generate a template: pgmi metadata scaffold <project_path>'],
            failedFile: path,
        });
    }
    return {
        id: decoded.id,
        idempotent: decoded.idempotent,
        sortKeys: decoded.sortKeys,
        description: decoded.description,
    };
}
/**
 * Whether `bytes` holds `pgmi-meta` or `pgmi:meta` anywhere: one search for `meta` and a look at
 * the five bytes before each, instead of a search per spelling (each a pass over the whole file,
 * 10 ms for 20 MiB, and a byte-at-a-time one: `p` is common in SQL text).
 */
function mayHoldBlock(bytes) {
    for (let i = bytes.indexOf('meta', 5); i >= 0; i = bytes.indexOf('meta', i + 4)) {
        const sep = bytes[i - 1];
        if ((sep === 0x2d || sep === 0x3a) &&
            bytes[i - 5] === 0x70 &&
            bytes[i - 4] === 0x67 &&
            bytes[i - 3] === 0x6d &&
            bytes[i - 2] === 0x69) {
            return true;
        }
    }
    return false;
}
/**
 * The text of the `<pgmi-meta>` block of a SQL file, or undefined when it has none. `path` is the
 * `./`-prefixed path used in messages. Throws ConfigError (exit 10) for a block that cannot be
 * one (several blocks, the old `pgmi:meta` form, too large); needs no XML parser.
 */
function findMetadataBlock(path, content) {
    // Cheap exit for the common case: no block can exist without one of these byte sequences.
    let bytes;
    if (typeof content === 'string') {
        if (!content.includes('pgmi-meta') && !content.includes('pgmi:meta'))
            return undefined;
        bytes = Buffer.from(content, 'utf8');
    }
    else {
        bytes = Buffer.isBuffer(content)
            ? content
            : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
        if (!mayHoldBlock(bytes))
            return undefined;
    }
    const block = locateBlock(path, bytes);
    if (block === undefined)
        return undefined;
    const size = Buffer.byteLength(block, 'utf8');
    if (size > MAX_METADATA_SIZE) {
        throw metadataError(path, `Metadata block exceeds maximum size of ${MAX_METADATA_SIZE} bytes (got ${size} bytes)`, 'Metadata should be concise: move long descriptions to separate documentation files.\n' +
            'Typical metadata blocks are 200-500 bytes.');
    }
    return block;
}
/**
 * Decodes and validates a block found by `findMetadataBlock`; throws ConfigError (exit 10).
 * Needs `loadMetadataParser()` to have completed.
 */
function decodeMetadata(path, block) {
    if (!xml)
        throw new Error('internal error: the metadata parser is not loaded');
    let decoded;
    try {
        decoded = xml.decodeMetadataXml(block);
    }
    catch (err) {
        if (err instanceof xml.XmlSyntaxError) {
            throw metadataError(path, err.message, 'Check that all XML tags are properly closed and attributes are quoted; write & as &amp; and < as &lt;.\n' +
                FORMAT_HINT, err.line);
        }
        if (err instanceof xml.XmlValueError) {
            throw metadataError(path, err.message, `Verify the metadata XML structure.\n${FORMAT_HINT}`);
        }
        throw err;
    }
    return validate(path, decoded);
}
/**
 * Parses and validates the `<pgmi-meta>` block of a SQL file. `path` is the `./`-prefixed path
 * used in messages. Returns undefined when the file has no block; throws ConfigError (exit 10).
 * A file with a block needs `loadMetadataParser()` to have completed.
 */
function parseMetadata(path, content) {
    const block = findMetadataBlock(path, content);
    return block === undefined ? undefined : decodeMetadata(path, block);
}
/** Ids carried by more than one file, in order of first appearance. */
function findDuplicateIds(files) {
    const byId = new Map();
    for (const f of files) {
        if (!f.metadata || f.metadata.id === NIL_UUID)
            continue;
        const paths = byId.get(f.metadata.id);
        if (paths)
            paths.push(f.path);
        else
            byId.set(f.metadata.id, [f.path]);
    }
    return [...byId].filter(([, paths]) => paths.length > 1).map(([id, paths]) => ({ id, paths }));
}
/**
 * Fails (exit 10) when files share a metadata id: one line per id, `  <id>: <path>, <path>`,
 * paths sorted and lines sorted (byte order).
 */
function checkDuplicateIds(files) {
    const duplicates = findDuplicateIds(files);
    if (duplicates.length === 0)
        return;
    const lines = duplicates
        .map(({ id, paths }) => `  ${id}: ${[...paths].sort(go_text/* compareCodePoints */.OP).join(', ')}`)
        .sort(go_text/* compareCodePoints */.OP);
    throw new engine_errors.ConfigError('invalid configuration: duplicate <pgmi-meta id> across files; each script must have a unique id:\n' +
        lines.join('\n'), { hints: ['Give each script its own id (uuidgen), or remove the copied block.'] });
}
function escapeXmlText(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * The block `pgmi metadata scaffold` writes at the top of a file, followed by one blank line
 * (same layout as upstream). The id is a parameter: decisions.md 15 makes it the file's
 * `generic_id` (upstream hashed `./` + the already `./`-prefixed path). The sort key is
 * `generated/<file name>` as upstream.
 */
function metadataBlockFor(fileName, id, idempotent) {
    const name = escapeXmlText(fileName);
    return ('/*\n' +
        '<pgmi-meta\n' +
        `    id="${id}"\n` +
        `    idempotent="${idempotent}">\n` +
        '  <description>\n' +
        `    Auto-generated metadata for ${name}\n` +
        '  </description>\n' +
        '  <sortKeys>\n' +
        `    <key>generated/${name}</key>\n` +
        '  </sortKeys>\n' +
        '</pgmi-meta>\n' +
        '*/\n' +
        '\n');
}

;// CONCATENATED MODULE: ./src/engine/project/walk.ts




const EXCLUDE_HINT = 'To exclude it from the scan, add its path to .pgmiignore at the project root (gitignore syntax).';
/**
 * An OS error without the absolute path Node appends (`EACCES: permission denied, open '/abs/x'`
 * → `EACCES: permission denied`), so a message names the file once, in its `./` form.
 */
function osReason(err) {
    return (0,engine_errors/* messageOf */.bD)(err).replace(/, \w+ '[^]*'$/, '');
}
function skipped(name) {
    return name.startsWith('.') || name === 'node_modules' || name === '__pycache__';
}
/**
 * A name as raw bytes for display: valid UTF-8 decoded, every invalid byte as `\xNN` (how Go's
 * `%q` shows it), so the message names the file the user has to rename.
 */
function showBytes(raw) {
    let out = '';
    let rest = raw;
    for (;;) {
        const bad = (0,go_text/* firstInvalidUtf8 */.vE)(rest);
        if (bad < 0)
            return out + rest.toString('utf8');
        out += rest.subarray(0, bad).toString('utf8') + '\\x' + rest[bad].toString(16).padStart(2, '0');
        rest = rest.subarray(bad + 1);
    }
}
/** Names the session would store differently from the scanner (project-files.md §1.5 quirk). */
function badNameError(rel) {
    const path = `./${rel}`;
    if (rel.includes('\\')) {
        return new engine_errors.ConfigError(`invalid configuration: file name ${(0,go_text/* goQuote */.dg)(path)} contains a backslash, which the session reads as a directory separator; rename the file`, { hints: [EXCLUDE_HINT], failedFile: path });
    }
    if (rel.endsWith(' ')) {
        return new engine_errors.ConfigError(`invalid configuration: file name ${(0,go_text/* goQuote */.dg)(path)} ends with a space, which the session trims away; rename the file`, { hints: [EXCLUDE_HINT], failedFile: path });
    }
    return undefined;
}
/** Comparing UTF-16 code units agrees with UTF-8 byte order unless a surrogate is involved. */
const SURROGATE = /[\uD800-\uDFFF]/;
/**
 * Reads a directory, entries in byte order of their names (Go's order). Names are read as text;
 * a name that is not UTF-8 comes back with U+FFFD in place of its bad bytes (and opening that,
 * different, name would fail as "no such file"), so a directory with a U+FFFD in a name is read
 * again with names as bytes. Text is cheaper: about 10 ms less for 5000 names than bytes, which
 * need a Buffer per name and a call into C++ per comparison.
 */
async function list(dirAbs) {
    const entries = await (0,promises_.readdir)(dirAbs, { withFileTypes: true });
    if (entries.some((e) => e.name.includes('\uFFFD'))) {
        const bytes = await (0,promises_.readdir)(dirAbs, { withFileTypes: true, encoding: 'buffer' });
        bytes.sort((a, b) => Buffer.compare(a.name, b.name));
        return bytes;
    }
    if (entries.some((e) => SURROGATE.test(e.name))) {
        entries.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    }
    else {
        // Names in one directory are distinct.
        entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    }
    return entries;
}
/**
 * Lists the files to read, in walk order. Stops at the first entry that cannot be scanned (a
 * symlink, a special file, an unreadable directory, a bad name) and returns it as the last entry.
 */
async function walkProject(root, isIgnored) {
    const out = [];
    const visit = async (dirAbs, dirRel) => {
        let entries;
        try {
            entries = await list(dirAbs);
        }
        catch (err) {
            const shown = dirRel === '' ? 'the project directory' : `directory ./${dirRel}`;
            out.push({
                kind: 'error',
                error: new engine_errors.ConfigError(`failed to read ${shown}: ${osReason(err)}`, {
                    cause: err,
                    ...(dirRel === '' ? {} : { failedFile: `./${dirRel}` }),
                }),
            });
            return false;
        }
        // Paths to open, as the directory's plus the name: path.join would normalise each of them
        // again (a few microseconds apiece, thousands of files); only the kernel reads them.
        const prefix = dirAbs.endsWith(external_node_path_.sep) ? dirAbs : dirAbs + external_node_path_.sep;
        for (const entry of entries) {
            // Bytes only for a directory holding a name that is not UTF-8 (see `list`).
            const raw = typeof entry.name === 'string' ? undefined : entry.name;
            const name = raw === undefined ? entry.name : raw.toString('utf8');
            if (skipped(name))
                continue;
            const rel = dirRel === '' ? name : `${dirRel}/${name}`;
            const isDir = entry.isDirectory();
            if (dirRel === '' && !isDir && name.toLowerCase() === 'deploy.sql')
                continue;
            if (isIgnored(rel, isDir))
                continue;
            const abs = prefix + name;
            if (raw !== undefined && (0,go_text/* firstInvalidUtf8 */.vE)(raw) >= 0) {
                const shown = `./${dirRel === '' ? '' : `${dirRel}/`}${showBytes(raw)}`;
                out.push({
                    kind: 'error',
                    error: new engine_errors.ConfigError(`invalid configuration: ${isDir ? 'directory' : 'file'} name ${shown} is not valid UTF-8; pgmi stores paths as text — rename it`, { hints: [EXCLUDE_HINT], failedFile: shown }),
                });
                return false;
            }
            if (entry.isSymbolicLink()) {
                const path = `./${rel}`;
                out.push({
                    kind: 'error',
                    error: new engine_errors.ConfigError(`refusing to read symlink ${path}: pgmi does not follow symbolic links`, {
                        hints: [
                            'Replace the link with the file it points to, or move it into a hidden directory. ' +
                                EXCLUDE_HINT,
                        ],
                        failedFile: path,
                    }),
                });
                return false;
            }
            if (isDir) {
                if (!(await visit(abs, rel)))
                    return false;
                continue;
            }
            if (!entry.isFile()) {
                const path = `./${rel}`;
                out.push({
                    kind: 'error',
                    error: new engine_errors.ConfigError(`${path} is not a regular file (a socket, FIFO or device)`, {
                        hints: [EXCLUDE_HINT],
                        failedFile: path,
                    }),
                });
                return false;
            }
            const bad = badNameError(rel);
            if (bad) {
                out.push({ kind: 'error', error: bad });
                return false;
            }
            out.push({ kind: 'file', rel, abs });
        }
        return true;
    };
    await visit(root, '');
    return out;
}

;// CONCATENATED MODULE: ./src/engine/project/read-file.ts
/**
 * Reading one project file (project-files.md §1.4), checks in upstream's order: size cap, BOM
 * removal, dunder directories, NUL bytes, UTF-8, then `<pgmi-meta>` for non-test SQL files.
 *
 * Binary and non-UTF-8 files are configuration errors (exit 10, decisions.md 14) whose message
 * offers the way out: exclude the path in `.pgmiignore`.
 */
// The global `performance` is a lazy accessor in Node 20: about a microsecond per read while the
// code is cold, twice per file of a 5000-file scan. The module's binding is a plain value.









const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
/**
 * From this size a deferred scan leaves the SHA-256 of the bytes to `completePgmiChecksums` as
 * well, which hashes them in the same slices as the normalised text, while connecting: on a
 * 20 MiB file that is about 50 ms taken off the time before the first connection attempt. Small
 * files are hashed as they are read (one call each; slicing them would cost more).
 */
const DEFER_RAW_FROM = 1024 * 1024;
/** Deepest directory level `_pgmi_source` accepts (its CHECK constraint). */
const MAX_DEPTH = 100;
/** `PGMI_MAX_FILE_SIZE` when it is a positive integer (Go `strconv.ParseInt`), else 10 MiB. */
function maxFileSizeFrom(env) {
    const raw = env.PGMI_MAX_FILE_SIZE;
    if (raw === undefined || !/^[+-]?[0-9]+$/.test(raw))
        return DEFAULT_MAX_FILE_SIZE;
    const value = Number(raw);
    return value > 0 && value <= Number.MAX_SAFE_INTEGER ? value : DEFAULT_MAX_FILE_SIZE;
}
const EXCLUDE = 'to exclude it, add its path to .pgmiignore at the project root (gitignore syntax)';
function tooLarge(path, size, cap) {
    return new engine_errors.ConfigError(`file ${path} is ${size} bytes, larger than the ${cap}-byte limit for project files`, {
        hints: [`Raise the limit with PGMI_MAX_FILE_SIZE=<bytes>; ${EXCLUDE}.`],
        failedFile: path,
    });
}
/**
 * Small files are read straight into a shared slab of this size and kept as views of it: no
 * buffer of their own, no copy. A file that does not fit what is left of the slab (room for less
 * than `MIN_ROOM` bytes) starts a new one; at most `MIN_ROOM` bytes of a slab go unused.
 */
const SLAB_SIZE = 1024 * 1024;
const MIN_ROOM = 64 * 1024;
/** Opening never waits: a FIFO swapped in after the walk reads as empty instead of blocking. */
const OPEN_FLAGS = (external_node_fs_default()).constants.O_RDONLY | ((external_node_fs_default()).constants.O_NONBLOCK ?? 0);
/**
 * Reads at most `cap + 1` bytes, so a file that grew after it was measured is still caught.
 *
 * Synchronous on purpose: a small file is three system calls (open, one read into the reader's
 * slab, close), each a few microseconds; sending each through the thread pool and a promise
 * costs more than the reading (about twice the CPU time over 5000 files), and nothing else runs
 * while the project is scanned. A short read of a regular file means end of file (the
 * assumption Node's own `readFile` makes). A file that fills the room it was given is read on
 * into a buffer of its size, never copied again.
 */
function readCapped(abs, path, cap, reader) {
    const fd = external_node_fs_default().openSync(abs, OPEN_FLAGS);
    try {
        if (reader.slab.length - reader.slabAt < MIN_ROOM) {
            reader.slab = Buffer.allocUnsafeSlow(SLAB_SIZE);
            reader.slabAt = 0;
        }
        const { slab, slabAt } = reader;
        const first = Math.min(slab.length - slabAt, cap + 1);
        const n = external_node_fs_default().readSync(fd, slab, slabAt, first, null);
        if (n < first) {
            reader.slabAt = slabAt + n;
            return slab.subarray(slabAt, slabAt + n);
        }
        const { size } = external_node_fs_default().fstatSync(fd);
        if (size > cap || n > cap)
            throw tooLarge(path, Math.max(size, n), cap);
        let buf = Buffer.allocUnsafe(Math.max(size, n) + 1);
        slab.copy(buf, 0, slabAt, slabAt + n);
        let total = n;
        for (;;) {
            if (total === buf.length) {
                const grown = Buffer.allocUnsafe(Math.min(buf.length * 2, cap + 1));
                buf.copy(grown);
                buf = grown;
            }
            const want = buf.length - total;
            const got = external_node_fs_default().readSync(fd, buf, total, want, null);
            total += got;
            if (total > cap)
                throw tooLarge(path, total, cap);
            if (got < want)
                return buf.subarray(0, total);
        }
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
}
/** The first `__x__` directory other than `__test__`/`__tests__`, checking every segment. */
function badDunder(path) {
    if (!path.includes('/__'))
        return undefined;
    const segments = path.split('/');
    for (let i = 1; i < segments.length - 1; i++) {
        const s = segments[i];
        if (s.length > 4 &&
            s.startsWith('__') &&
            s.endsWith('__') &&
            s !== '__test__' &&
            s !== '__tests__') {
            return s;
        }
    }
    return undefined;
}
/**
 * A scanned file: its bytes are kept once, and `content` is decoded from them on demand (only
 * error reporting asks for it), so a large project is not held twice, as bytes and as a string.
 */
class ScannedFile {
    path;
    bytes;
    checksum;
    pgmiChecksum;
    isTest;
    isSql;
    metadata;
    /** A `<pgmi-meta>` block still to decode (the XML parser was not loaded yet; see `readAll`). */
    pendingMetadata;
    statementEnds;
    statementEndsPending;
    constructor(path, bytes, 
    /** Empty until computed for a large file whose checksums the scan defers. */
    checksum, 
    /** Empty until computed when the scan defers it (see `ScanOptions.deferPgmiChecksum`). */
    pgmiChecksum, isTest, isSql) {
        this.path = path;
        this.bytes = bytes;
        this.checksum = checksum;
        this.pgmiChecksum = pgmiChecksum;
        this.isTest = isTest;
        this.isSql = isSql;
    }
    get sizeBytes() {
        return this.bytes.length;
    }
    get content() {
        return this.bytes.toString('utf8');
    }
    toJSON() {
        return {
            path: this.path,
            content: this.content,
            sizeBytes: this.sizeBytes,
            checksum: this.checksum,
            pgmiChecksum: this.pgmiChecksum,
            isTest: this.isTest,
            isSql: this.isSql,
            ...(this.metadata ? { metadata: this.metadata } : {}),
        };
    }
}
const newFileReader = (checksums = true, digester = new PgmiDigester()) => ({
    slab: Buffer.alloc(0),
    slabAt: 0,
    digester,
    checksums,
    checksumMs: 0,
});
/** Reads, checks and describes one scanned file. `rel` is project-relative with `/`. */
function readProjectFile(abs, rel, cap, reader = newFileReader()) {
    const path = `./${rel}`;
    let raw;
    try {
        raw = readCapped(abs, path, cap, reader);
    }
    catch (err) {
        if (err instanceof engine_errors/* PgmiError */.K8)
            throw err;
        throw new engine_errors.ConfigError(`failed to read ${path}: ${osReason(err)}`, {
            cause: err,
            failedFile: path,
        });
    }
    const bytes = (0,go_text/* stripBom */.F8)(raw);
    const dunder = badDunder(path);
    if (dunder !== undefined) {
        throw new engine_errors.ConfigError(`invalid configuration: unsupported directory "${dunder}" in path ${(0,go_text/* goQuote */.dg)(path)}; only __test__ and __tests__ are allowed`, { failedFile: path });
    }
    // The way out is part of the message (not only a hint): JSON and Action consumers see messages.
    if (bytes.indexOf(0) >= 0) {
        throw new engine_errors.ConfigError(`invalid configuration: file ${path} contains a NUL byte; pgmi loads project files as text — ${EXCLUDE}, or move the file into a hidden directory or out of the project`, { failedFile: path });
    }
    const invalid = (0,go_text/* firstInvalidUtf8 */.vE)(bytes);
    if (invalid >= 0) {
        const offset = invalid + raw.length - bytes.length;
        throw new engine_errors.ConfigError(`invalid configuration: file ${path} is not valid UTF-8 (first invalid byte at offset ${offset}); pgmi loads project files as text — re-save it as UTF-8, or ${EXCLUDE}`, { failedFile: path });
    }
    const isTest = (0,sql_files/* isTestPath */.MQ)(path);
    const isSql = (0,sql_files/* isSqlPath */.OW)(path);
    const depth = (0,sql_files/* depthOf */.d1)(path);
    if (!isTest && depth > MAX_DEPTH) {
        // The session table rejects these at load time; say so before connecting.
        throw new engine_errors.ConfigError(`invalid configuration: ${path} is nested ${depth} directories deep; pgmi loads files at most ${MAX_DEPTH} directories below the project root`, { failedFile: path });
    }
    let checksum = '';
    let normalized = '';
    if (reader.checksums) {
        const started = external_node_perf_hooks_.performance.now();
        if (!reader.deferPgmiChecksum || bytes.length < DEFER_RAW_FROM)
            checksum = rawChecksum(bytes);
        if (!reader.deferPgmiChecksum)
            normalized = reader.digester.digest(bytes);
        reader.checksumMs += external_node_perf_hooks_.performance.now() - started;
    }
    const file = new ScannedFile(path, bytes, checksum, normalized, isTest, isSql);
    if (isSql && !isTest) {
        const block = findMetadataBlock(path, bytes);
        if (block !== undefined) {
            // Decoded here once the parser is loaded; the first block of a scan is left to the caller,
            // which loads the parser (asynchronously) and decodes it before reading the next file.
            if (metadataParserLoaded())
                file.metadata = decodeMetadata(path, block);
            else
                file.pendingMetadata = block;
        }
        // Only a deploy runs files; callers that skip checksums (`pgmi info`) skip this too.
        if (reader.checksums && bytes.length >= SPLIT_MIN_BYTES) {
            if (reader.deferPgmiChecksum) {
                file.statementEndsPending = true;
            }
            else {
                const ends = statementByteEnds(bytes);
                if (ends)
                    file.statementEnds = ends;
            }
        }
    }
    return file;
}

;// CONCATENATED MODULE: ./src/engine/project/scan.ts
/**
 * Project scanning (project-files.md §1, session-api.md §5.1): path checks, the walk, reading and
 * checking every file, metadata, duplicate ids — all before any database work, so a bad project
 * never leaves a created database behind. Also `deploy.sql` itself, read separately.
 *
 * Files are read one after the other in walk order, so when several files are bad the first one
 * in walk order is the one reported, as with upstream's sequential walk.
 */








const errno = (err) => err.code;
/** Messages print the path as the user gave it (no quoting that doubles Windows backslashes). */
async function checkProjectPath(root) {
    let info;
    try {
        info = await (0,promises_.stat)(root);
    }
    catch (err) {
        if (errno(err) === 'ENOENT' || errno(err) === 'ENOTDIR') {
            throw new engine_errors.ConfigError(`invalid configuration: project path "${root}" does not exist`, {
                cause: err,
            });
        }
        throw new engine_errors.ConfigError(`cannot access project path "${root}": ${osReason(err)}`, { cause: err });
    }
    if (!info.isDirectory()) {
        throw new engine_errors.ConfigError(`invalid configuration: "${root}" is a file; pass the project directory`);
    }
}
function deploySqlMissing(root, cause) {
    return new engine_errors/* DeploySqlMissingError */.am(`deploy.sql not found in ${root}`, {
        cause,
        hints: [`expected: ${(0,external_node_path_.join)(root, 'deploy.sql')} — run \`pgmi init\` to scaffold one`],
    });
}
async function checkDeploySql(root) {
    const path = (0,external_node_path_.join)(root, 'deploy.sql');
    let info;
    try {
        info = await (0,promises_.stat)(path); // follows a symlinked deploy.sql, as reading it does
    }
    catch (err) {
        if (errno(err) === 'ENOENT')
            throw deploySqlMissing(root, err);
        throw new engine_errors.ConfigError(`cannot access ${path}: ${osReason(err)}`, {
            cause: err,
            failedFile: 'deploy.sql',
        });
    }
    if (info.isDirectory()) {
        throw new engine_errors.ConfigError(`${path} is a directory, expected a regular file`, {
            failedFile: 'deploy.sql',
        });
    }
}
/**
 * The root `.pgmiignore` as a predicate; no file means nothing is excluded. The gitignore matcher
 * is loaded only for a project that has the file.
 */
async function loadIgnoreFile(root) {
    let text;
    try {
        text = (0,go_text/* stripBom */.F8)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, '.pgmiignore'))).toString('utf8');
    }
    catch (err) {
        if (errno(err) === 'ENOENT')
            return () => false;
        throw new engine_errors.ConfigError(`invalid configuration: cannot read .pgmiignore: ${osReason(err)}`, {
            cause: err,
        });
    }
    const { default: ignore } = await __nccwpck_require__.e(/* import() */ 298).then(__nccwpck_require__.t.bind(__nccwpck_require__, 70298, 23));
    const rules = ignore().add(text);
    return (rel, dir) => rules.ignores(dir ? `${rel}/` : rel);
}
/**
 * Reads the walked files in walk order; throws the first failure. The first `<pgmi-meta>` block
 * loads the XML parser, and the block is decoded before the next file is read, so its errors
 * keep their place in walk order.
 */
async function readAll(entries, cap, options) {
    const reader = newFileReader(options.checksums ?? true);
    reader.deferPgmiChecksum = options.deferPgmiChecksum;
    const files = [];
    for (const entry of entries) {
        if (entry.kind === 'error')
            throw entry.error;
        const file = readProjectFile(entry.abs, entry.rel, cap, reader);
        if (file.pendingMetadata !== undefined) {
            await loadMetadataParser();
            file.metadata = decodeMetadata(file.path, file.pendingMetadata);
            file.pendingMetadata = undefined;
        }
        files.push(file);
    }
    return { files, checksumMs: reader.checksumMs };
}
/**
 * Scans a project directory. Checks the path first (missing → exit 10, a file → exit 10, and with
 * `requireDeploySql` a missing `deploy.sql` → exit 14), then walks, reads and checks every file,
 * and rejects duplicate metadata ids. A project root that is itself a symlink to a directory is
 * accepted (upstream rejects it).
 */
async function scanProject(root, options = {}) {
    await checkProjectPath(root);
    if (options.requireDeploySql)
        await checkDeploySql(root);
    const cap = options.maxFileSize ?? maxFileSizeFrom(options.env ?? process.env);
    const entries = await walkProject(root, await loadIgnoreFile(root));
    const { files, checksumMs } = await readAll(entries, cap, options);
    if (!options.allowDuplicateIds)
        checkDuplicateIds(files);
    return { root: (0,external_node_path_.resolve)(root), files, checksumMs };
}
/**
 * `<root>/deploy.sql` as text: BOM removed; invalid UTF-8 is a configuration error (checked
 * offline, decisions.md 2) giving the offset of the first bad byte in the file. A symlinked
 * deploy.sql is followed; there is no size cap and no NUL check (as upstream).
 */
async function readDeploySql(root) {
    const path = (0,external_node_path_.join)(root, 'deploy.sql');
    let raw;
    try {
        raw = await (0,promises_.readFile)(path);
    }
    catch (err) {
        if (errno(err) === 'ENOENT')
            throw deploySqlMissing(root, err);
        if (errno(err) === 'EISDIR') {
            throw new engine_errors.ConfigError(`${path} is a directory, expected a regular file`, {
                cause: err,
                failedFile: 'deploy.sql',
            });
        }
        throw new engine_errors.ConfigError(`failed to read deploy.sql: ${osReason(err)}`, {
            cause: err,
            failedFile: 'deploy.sql',
        });
    }
    const invalid = (0,go_text/* firstInvalidUtf8 */.vE)(raw);
    if (invalid >= 0) {
        throw new engine_errors.ConfigError(`invalid configuration: deploy.sql is not valid UTF-8 (first invalid byte at offset ${invalid}); re-save the file as UTF-8 without BOM`, { failedFile: 'deploy.sql' });
    }
    return (0,go_text/* stripBom */.F8)(raw).toString('utf8');
}

;// CONCATENATED MODULE: ./src/engine/session/change-report.ts

// Props whose value is a list, sent as its JSON text (every other value is text or null).
const LIST_PROPS = new Set(['options', 'settings', 'values', 'attributes', 'roles', 'member of']);
/**
 * A row's props as the report reads them. The snapshot keeps them as a text array of keys and
 * values, not as jsonb: building a jsonb object costs about 4 µs per row, a third of the
 * snapshot's time on a large catalog, and only the few differing rows are ever read as objects.
 */
function propsOf(raw) {
    if (raw === null)
        return null;
    const props = {};
    for (let i = 0; i + 1 < raw.length; i += 2) {
        const key = raw[i];
        const value = raw[i + 1];
        props[key] = value !== null && LIST_PROPS.has(key) ? JSON.parse(value) : value;
    }
    return props;
}
const decoded = (r) => ({
    ...r,
    before: propsOf(r.before),
    after: propsOf(r.after),
});
// In pg_temp, which the snapshot itself leaves out. PUBLIC may read it because deploy.sql may
// have switched roles (SET ROLE) by the time the comparison runs.
const BEFORE_TABLE = 'pg_temp._pgmi_catalog_before';
/** The snapshot query for this server version (a few catalog columns are version-specific). */
function snapshotSql(serverVersionNum, mode = 'full') {
    return SQL.catalogSnapshot
        .replaceAll('{{ATTGENERATED}}', serverVersionNum >= 120000 ? 'a.attgenerated::text' : "''")
        .replaceAll('{{PROSQLBODY}}', serverVersionNum >= 140000 ? "coalesce(pp.prosqlbody::text, '')" : "''")
        .replaceAll('{{FULL}}', mode === 'changed' ? '(b.kind IS NULL)' : String(mode === 'full'))
        .replaceAll('{{LIGHT}}', String(mode === 'light'))
        .replaceAll('{{NEW}}', mode === 'full' ? 'true' : '(b.kind IS NULL)')
        .replaceAll('{{OLDTABLE}}', mode === 'light' ? '(bt.kind IS NOT NULL)' : 'true')
        .replaceAll('{{MATCHTABLE}}', mode === 'light'
        ? `LEFT JOIN ${BEFORE_TABLE} bt ON bt.kind = 'table' AND bt.k1 = r.oid AND bt.k2 = 0`
        : '')
        .replaceAll('{{MATCH}}', mode !== 'full'
        ? `LEFT JOIN ${BEFORE_TABLE} b
            ON b.kind = id.kind AND b.k1 = id.k1 AND b.k2 = id.k2 AND b.fp = id.fp
               AND coalesce(b.fv, '') = coalesce(id.fv, '')`
        : '');
}
// The stored snapshot has no statistics, and each part of the comparison joins it on a few
// constants (kind, k2) whose selectivity the planner can only guess: a guess of one row makes a
// nested loop over tens of thousands, seconds instead of milliseconds. Every join here is an
// equality, so hash joins always do; SET LOCAL lasts to the end of the statement's transaction
// (the implicit one of this query string, or deploy.sql's open head in a rehearsal, rolled back
// right after).
const NO_NESTED_LOOPS = 'SET LOCAL enable_nestloop = off;';
/** Runs a query string of several statements; the rows of the last. */
async function lastResult(client, text) {
    const results = (await client.query(text));
    return results[results.length - 1];
}
/**
 * The rows of `before` and `after` (queries of snapshot rows) compared by kind and name: each
 * pair whose props differ, and what is on one side only. Fingerprint-only rows (`~…`) are left
 * out: they are never reported.
 */
const byName = (before, after) => `
  SELECT coalesce(a.kind, b.kind) AS kind, coalesce(a.name, b.name) AS name,
         coalesce(a.parent, b.parent) AS parent,
         CASE WHEN b.name IS NULL THEN 'created' WHEN a.name IS NULL THEN 'dropped'
              ELSE 'altered' END AS action,
         b.props AS before, a.props AS after
    FROM (SELECT * FROM (${before}) bs WHERE bs.kind !~ '^~') b
    FULL JOIN (SELECT * FROM (${after}) s WHERE s.kind !~ '^~') a
      ON a.kind = b.kind AND a.name = b.name
   WHERE a.props IS DISTINCT FROM b.props`;
// Every catalog the snapshot reads its rows, names, fingerprints and membership from: first
// those that nearly every change of a deploy writes to (a table, an index, a view, a function
// or a type adds or updates a pg_class, pg_proc or pg_type row), then the rest.
const FIRST_CATALOGS = ['pg_class', 'pg_proc', 'pg_type', 'pg_namespace', 'pg_constraint'];
const OTHER_CATALOGS = [
    'pg_index',
    'pg_attribute',
    'pg_attrdef',
    'pg_depend',
    'pg_rewrite',
    'pg_sequence',
    'pg_trigger',
    'pg_enum',
    'pg_range',
    'pg_policy',
    'pg_extension',
    'pg_collation',
    'pg_language',
    'pg_am',
    'pg_operator',
    'pg_auth_members',
];
/**
 * A cheap digest of the catalog's state, to see at the end that nothing at all changed without
 * the comparison (which reads, joins and names every object: 0.2 s with 40 000 objects; the digest
 * takes a tenth of that). Per catalog: the row count, and the sum and a hashed sum of each row's
 * xmin. Any change of a catalog row writes a new row version with an xmin that was not visible
 * before; a deletion alone lowers the count. xmin is read through age(), which compares xids
 * without a text conversion; age(xmin) - age('3') is the same for a row however far the current
 * xid has moved (bootstrap and frozen xids read as the maximum: left out of the sums, in the
 * count). Roles are readable only by value (pg_authid is for superusers).
 *
 * In two parts, `first` and `other` (see the catalog lists): at the end, the other part is read
 * only when the first is unchanged, so a deploy that did change something (and is compared
 * anyway) pays for a few catalogs, not all of them.
 */
const digestOf = (tables, extra = []) => `pg_catalog.concat_ws(';', ${[
    ...tables.map((t) => `(SELECT pg_catalog.concat_ws(':', count(*), sum(d), sum(pg_catalog.hashint8(d)))
             FROM (SELECT NULLIF(pg_catalog.age(x.xmin), 2147483647)::int8 - r.r AS d
                     FROM pg_catalog.${t} x, r) x)`),
    ...extra,
].join(',\n')})`;
const ROLES = `(SELECT pg_catalog.md5(pg_catalog.string_agg(ro::text, ',' ORDER BY ro.oid)) FROM pg_catalog.pg_roles ro)`;
const FIRST_DIGEST = digestOf(FIRST_CATALOGS);
const OTHER_DIGEST = digestOf(OTHER_CATALOGS, [ROLES]);
const WITH_AGE = `WITH r AS (SELECT pg_catalog.age('3'::pg_catalog.xid) AS r)`;
const PROBE_SQL = `${WITH_AGE} SELECT ${FIRST_DIGEST} || '|' || ${OTHER_DIGEST} AS probe`;
// The other part as an InitPlan in a CASE branch: evaluated only when the branch is taken.
// OFFSET 0 keeps the first part a subquery of its own, computed once.
const UNCHANGED_SQL = `${WITH_AGE}
  SELECT CASE WHEN q.first = $1 THEN ${OTHER_DIGEST} = $2 ELSE false END AS unchanged
    FROM (SELECT ${FIRST_DIGEST} AS first OFFSET 0) q`;
/** Every catalog the report reads, by name: the digest's, and roles' own (pg_authid). */
const REPORTED_CATALOGS = [...FIRST_CATALOGS, ...OTHER_CATALOGS, 'pg_authid'];
// Rows inserted, updated or deleted in those catalogs by the session's open transaction (its
// subtransactions included, rolled-back ones too): the statistics the backend keeps for the
// transaction in progress, a few counters per catalog. NULL when they are not kept (track_counts
// off).
const CATALOG_WRITES_SQL = `SELECT CASE WHEN pg_catalog.current_setting('track_counts')::bool THEN
    (SELECT coalesce(sum(pg_catalog.pg_stat_get_xact_tuples_inserted(c.oid)
                         + pg_catalog.pg_stat_get_xact_tuples_updated(c.oid)
                         + pg_catalog.pg_stat_get_xact_tuples_deleted(c.oid)), 0)
       FROM pg_catalog.pg_class c
      WHERE c.relnamespace = 'pg_catalog'::pg_catalog.regnamespace
        AND c.relname = ANY ('{${REPORTED_CATALOGS.join(',')}}'::pg_catalog.name[]))
  END AS writes`;
const SAVEPOINT = 'pgmi_change_report';
/**
 * Whether the session's open transaction wrote to the catalogs the report reads: false only when
 * it certainly did not, so that its COMMIT changes nothing a "before" snapshot could see. Asked
 * inside deploy.sql's transaction, under a savepoint: should the question fail (a statement
 * timeout deploy.sql set, say), the transaction is as it was and the answer is "it may have".
 *
 * The counters also hold what earlier transactions of the session wrote until the backend
 * passes them on to the shared statistics (when idle, at most once a second): only a total of
 * zero is an answer, anything else is "it may have". `flushCatalogWrites` before the
 * transaction opens makes that total the transaction's own (PostgreSQL 15+). With track_counts
 * off now the answer is "it may have"; a superuser deploy.sql that turned it off and on again
 * within the transaction could hide the writes made in between (not guarded against).
 */
async function transactionWroteCatalog(client) {
    try {
        const results = (await client.query(`SAVEPOINT ${SAVEPOINT}; ${CATALOG_WRITES_SQL}; RELEASE SAVEPOINT ${SAVEPOINT}`));
        const writes = results[1].rows[0].writes;
        return writes === null || Number(writes) !== 0;
    }
    catch {
        await client
            .query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}; RELEASE SAVEPOINT ${SAVEPOINT}`)
            .catch(() => undefined);
        return true;
    }
}
/**
 * Has the backend pass its pending statistics on as soon as this statement ends (it is then
 * idle), so that the counters `transactionWroteCatalog` reads start from zero. PostgreSQL 15+;
 * only a speed-up, a failure is ignored.
 */
async function flushCatalogWrites(client) {
    await client.query('SELECT pg_catalog.pg_stat_force_next_flush()').catch(() => undefined);
}
/** The digest of the catalog's state now (both parts, `first|other`). */
async function probeCatalog(client) {
    return (await client.query(PROBE_SQL)).rows[0].probe;
}
/** Whether the catalog's digest is still `digest` (from `probeCatalog` or `snapshotCatalog`). */
async function catalogUnchanged(client, digest) {
    const bar = digest.indexOf('|');
    const r = await client.query(UNCHANGED_SQL, [
        digest.slice(0, bar),
        digest.slice(bar + 1),
    ]);
    return r.rows[0].unchanged;
}
const STORE_SNAPSHOT = (serverVersionNum) => `CREATE TEMP TABLE _pgmi_catalog_before AS ${snapshotSql(serverVersionNum)};
   GRANT SELECT ON ${BEFORE_TABLE} TO PUBLIC;`;
/**
 * Stores the "before" snapshot in the session, and returns a digest of the catalog as it is
 * then (with the snapshot's own table): what diffCatalog needs to see that nothing changed. One
 * query string, one round trip. A change another session commits between the snapshot and the
 * digest is in neither report: it is not the deploy's.
 */
async function snapshotCatalog(client, serverVersionNum) {
    const results = (await client.query(`${STORE_SNAPSHOT(serverVersionNum)} ${PROBE_SQL}`));
    return { digest: results[2].rows[0].probe, rows: results[0].rowCount ?? 0 };
}
/**
 * Stores the "before" snapshot alone; returns its row count. The digest is then taken with
 * `probeCatalog` when it should be (see report-connection.ts).
 */
async function storeSnapshot(client, serverVersionNum) {
    const results = (await client.query(STORE_SNAPSHOT(serverVersionNum)));
    return results[0].rowCount ?? 0;
}
/**
 * Below this many objects in the "before" snapshot (a new or small database), the comparison
 * starts with the light pass: a fresh deploy's many new objects are cheapest described that way.
 * From there on, a deploy mostly changes a few of many objects, and the pass that describes
 * what changed in full goes first.
 */
const LIGHT_FIRST_BELOW = 5000;
/**
 * Compares the live catalog with the stored snapshot. Given what snapshotCatalog returned, a
 * catalog whose digest has not changed has no changes, and nothing else runs. Otherwise up to
 * three passes, each matching every object to the snapshot by identity and fingerprint:
 * - light (small snapshots only): describes the objects that match none; when every object of
 *   the snapshot found its match, those are the new objects and the report;
 * - changed: describes in full the objects that match none on either side and compares them by
 *   kind and name (an object that was dropped and created again under the same name is compared
 *   with itself);
 * - full, only after a rename (an object whose identity stayed and whose name did not) or a
 *   change of something named in other objects' rows that the snapshot keeps no name for (a
 *   collation, a language, an access method, an operator): every object described and compared
 *   by kind and name, as the objects that name the renamed one changed without a fingerprint of
 *   their own moving.
 */
async function diffCatalog(client, serverVersionNum, before, options = {}) {
    if (before !== undefined && (await catalogUnchanged(client, before.digest))) {
        return buildChangeReport([]);
    }
    const lightFirstBelow = options.lightFirstBelow ?? LIGHT_FIRST_BELOW;
    if (before === undefined || before.rows < lightFirstBelow) {
        options.passes?.push('light');
        const quick = await lastResult(client, `${NO_NESTED_LOOPS}
       WITH cur AS (${snapshotSql(serverVersionNum, 'light')})
       SELECT kind, name, parent, 'created' AS action, NULL::text[] AS before, props AS after,
              NULL::int AS changed
         FROM cur WHERE new AND name IS NOT NULL AND kind !~ '^~'
       UNION ALL
       SELECT NULL, NULL, NULL, NULL, NULL, NULL,
              ((SELECT count(*) FROM ${BEFORE_TABLE}) - count(*) FILTER (WHERE NOT new))::int
         FROM cur`);
        const changed = quick.rows.find((r) => r.changed !== null)?.changed;
        if (changed === 0) {
            return buildChangeReport(quick.rows.filter((r) => r.changed === null).map(decoded));
        }
    }
    options.passes?.push('changed');
    const restricted = await lastResult(client, `${NO_NESTED_LOOPS}
     WITH cur AS (${snapshotSql(serverVersionNum, 'changed')}),
     c AS (SELECT * FROM cur WHERE new),
     b AS (SELECT bb.* FROM ${BEFORE_TABLE} bb
            WHERE NOT EXISTS (SELECT FROM cur m
                               WHERE NOT m.new AND m.kind = bb.kind AND m.k1 = bb.k1
                                 AND m.k2 = bb.k2))
     SELECT d.*, NULL::boolean AS fallback FROM (${byName('SELECT * FROM b', 'SELECT * FROM c')}) d
     UNION ALL
     SELECT NULL, NULL, NULL, NULL, NULL, NULL,
            EXISTS (SELECT FROM b JOIN c ON c.kind = b.kind AND c.k1 = b.k1 AND c.k2 = b.k2
                     WHERE c.name IS DISTINCT FROM b.name)
            OR EXISTS (SELECT FROM b WHERE b.kind ~ '^~' AND b.name IS NULL)`);
    if (restricted.rows.find((r) => r.fallback !== null)?.fallback === false) {
        return buildChangeReport(restricted.rows.filter((r) => r.fallback === null).map(decoded));
    }
    options.passes?.push('full');
    const r = await lastResult(client, `${NO_NESTED_LOOPS}
     ${byName(`SELECT * FROM ${BEFORE_TABLE}`, snapshotSql(serverVersionNum))}`);
    return buildChangeReport(r.rows.map(decoded));
}
const KIND_ORDER = [
    'role',
    'extension',
    'schema',
    'type',
    'sequence',
    'table',
    'column',
    'constraint',
    'index',
    'view',
    'function',
    'procedure',
    'trigger',
    'policy',
    'grant',
];
const ACTION_ORDER = ['created', 'altered', 'dropped'];
// Properties kept as digests: the report can say that they changed, not what they became.
const DIGESTS = new Set([
    'definition',
    'body',
    'arguments',
    'using',
    'check',
    'generation',
    'expressions',
    'expression',
]);
function show(v) {
    if (v === null || v === undefined)
        return 'none';
    if (Array.isArray(v))
        return v.length ? v.join(', ') : 'none';
    return String(v);
}
function alteredDetail(before, after) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    const parts = [];
    for (const k of keys) {
        if (JSON.stringify(before[k]) === JSON.stringify(after[k]))
            continue;
        parts.push(DIGESTS.has(k) ? `${k} changed` : `${k}: ${show(before[k])} → ${show(after[k])}`);
    }
    return parts.length ? parts.join('; ') : undefined;
}
function createdDetail(kind, after) {
    if (!after)
        return undefined;
    if (kind === 'column' && typeof after.type === 'string') {
        // 'true' as the snapshot sends it (see propsOf).
        const notNull = after['not null'] === true || after['not null'] === 'true';
        return notNull ? `${after.type} not null` : after.type;
    }
    if (kind === 'grant' && typeof after.privileges === 'string')
        return after.privileges;
    return undefined;
}
/**
 * Turns the differing rows into the report. A created table's columns are part of it (not
 * listed); everything that belonged to a dropped table or object went with it (not listed).
 */
function buildChangeReport(rows) {
    const created = new Set(rows.filter((r) => r.action === 'created' && r.kind === 'table').map((r) => r.name));
    const dropped = new Set(rows.filter((r) => r.action === 'dropped').map((r) => r.name));
    const changes = [];
    for (const r of rows) {
        if (r.parent !== null && dropped.has(r.parent) && r.action === 'dropped')
            continue;
        if (r.kind === 'column' && r.parent !== null && created.has(r.parent))
            continue;
        const change = { action: r.action, kind: r.kind, name: r.name };
        const detail = r.action === 'altered'
            ? alteredDetail(r.before ?? {}, r.after ?? {})
            : r.action === 'created'
                ? createdDetail(r.kind, r.after)
                : undefined;
        if (detail)
            change.detail = detail;
        changes.push(change);
    }
    changes.sort((a, b) => ACTION_ORDER.indexOf(a.action) - ACTION_ORDER.indexOf(b.action) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const counts = { created: 0, altered: 0, dropped: 0 };
    for (const c of changes)
        counts[c.action]++;
    return { changes, counts };
}

;// CONCATENATED MODULE: ./src/engine/session/report-connection.ts




const MODES = ['auto', 'always', 'never'];
/** Reads the mode; anything else is a configuration error (exit 10), found before connecting. */
function reportConnectionMode(env) {
    const raw = env.PGMI_CHANGE_REPORT_CONNECTION;
    if (raw === undefined || raw === '')
        return 'auto';
    if (MODES.includes(raw))
        return raw;
    throw new engine_errors.ConfigError(`invalid configuration: PGMI_CHANGE_REPORT_CONNECTION=${JSON.stringify(raw)}; expected auto, always or never`);
}
/**
 * In `auto`, the size of pg_class on disk from which the snapshot is taken on its own
 * connection: about 3500 tables, indexes and views, whose snapshot takes about as long as the
 * session's preparation on a small project. Below, a second connection (a backend to start, an
 * authentication) costs more than it saves, most of all in a fleet.
 */
const SEPARATE_FROM_BYTES = 1024 * 1024;
/** The expression `auto` decides on: a file size, no catalog read. */
const CATALOG_BYTES_SQL = "pg_catalog.pg_relation_size('pg_catalog.pg_class'::pg_catalog.regclass)";
/** How the connection shows in pg_stat_activity. */
const REPORT_APPLICATION_NAME = 'pgmi change report';
class ReportConnection {
    abort = new AbortController();
    connecting;
    connection;
    /** When connecting started (performance.now()). */
    startedAt = performance.now();
    snapshot;
    taken;
    disarm;
    closed = false;
    /** Whether the snapshot's statement is done (stored or failed). */
    settled = false;
    endpoint;
    /** Starts connecting to `database` (which exists: the deploy session is open on it). */
    constructor(provider, database, control) {
        this.endpoint = { host: provider.host, port: provider.port };
        this.connecting = provider
            .connect({ database, signal: this.abort.signal, once: true })
            .then(async (c) => {
            if (this.closed) {
                await endBounded(c.client);
                throw new Error('closed before it was used');
            }
            this.connection = c;
            // Ctrl-C or --timeout while the snapshot or the comparison runs: cancelled like the
            // deploy session's statements.
            this.disarm = guardConnection(c.client, provider, control);
            await c.client.query(`SET application_name = '${REPORT_APPLICATION_NAME}'`);
            return c;
        });
        this.connecting.catch(() => undefined);
    }
    /**
     * Starts the snapshot as soon as the connection is up: call once the deploy lock is held (again:
     * nothing).
     */
    start(serverVersionNum) {
        if (this.snapshot)
            return;
        this.snapshot = this.connecting.then((c) => storeSnapshot(c.client, serverVersionNum));
        this.snapshot.then(() => (this.settled = true), () => (this.settled = true));
    }
    /**
     * Once the deploy session is prepared: whether this connection is open, with its snapshot
     * started (or taken). A reason instead when it is not; the caller then closes it and takes the
     * snapshot on the deploy session. A connection still being opened is waited for until `openBy`
     * (a performance.now() time), and no longer: a pooler with no free server connection may keep
     * it pending for minutes. The snapshot itself is not waited for here (see `before`).
     */
    async open(openBy) {
        if (!this.snapshot)
            return { unavailable: 'the snapshot was not started' };
        let timer;
        const late = new Promise((resolve) => {
            timer = setTimeout(() => resolve('late'), Math.max(0, openBy - performance.now()));
        });
        try {
            const open = await Promise.race([this.connecting, late]);
            if (open === 'late')
                return { unavailable: 'the second connection was not open in time' };
            return { client: open.client };
        }
        catch (err) {
            return { unavailable: (0,engine_errors/* messageOf */.bD)(err) };
        }
        finally {
            clearTimeout(timer);
        }
    }
    /**
     * The stored snapshot and the digest taken once it is stored (after the deploy session's own
     * objects were created, as on the deploy session): call after `open` found the connection
     * open, before anything deploy.sql commits could change the catalog. The same promise on every
     * call; it rejects when the snapshot fails.
     */
    before() {
        this.taken ??= (async () => {
            if (!this.snapshot || !this.connection)
                throw new Error('the snapshot was not started');
            const rows = await this.snapshot;
            const digest = await probeCatalog(this.connection.client);
            return { digest, rows };
        })();
        return this.taken;
    }
    /** Closes the connection (or the attempt still under way); bounded, never throws. */
    async close() {
        this.closed = true;
        this.abort.abort();
        this.disarm?.();
        if (!this.connection)
            return;
        // A snapshot nobody needs any more (deploy.sql changed nothing, or failed before a commit)
        // is cancelled, not left to run its course in the server after pgmi has gone.
        if (this.snapshot && !this.settled) {
            void sendCancelRequest(this.connection.client, this.endpoint.host, this.endpoint.port, {
                unref: true,
            });
        }
        await endBounded(this.connection.client);
    }
}

;// CONCATENATED MODULE: ./src/engine/deploy.ts



















// Same key as upstream pgmi, so a Go deploy and ours exclude each other on one database.
const LOCK_KEY_SQL = "hashtextextended('pgmi.deploy.' || current_database(), 0)";
/** Offline checks on the options themselves (exit 10), all problems reported together. */
function validateDeployOptions(options) {
    const problems = [];
    if (!options.projectPath)
        problems.push('SourcePath is required');
    if (!options.database)
        problems.push('database name is required');
    if (options.timeoutMs < 0)
        problems.push('timeout cannot be negative');
    if (options.compat !== '' && !SUPPORTED_COMPAT.includes(options.compat)) {
        problems.push(`unsupported API version ${JSON.stringify(options.compat)}; supported: [1]`);
    }
    if (options.rehearse && options.overwrite) {
        problems.push('--rehearse cannot be combined with --overwrite: a rehearsal never drops, creates or alters the database');
    }
    if (options.lockTimeoutMs !== undefined && !(options.lockTimeoutMs >= 0)) {
        problems.push('lock timeout cannot be negative');
    }
    if (options.overwrite && options.database) {
        const db = options.database.toLowerCase();
        if (db === options.maintenanceDatabase.toLowerCase()) {
            problems.push(`overwrite workflow failed: cannot overwrite maintenance database ${JSON.stringify(options.database)}; pgmi connects to it for CREATE/DROP DATABASE; pick a different target with -d`);
        }
        else if (db === 'template0' || db === 'template1') {
            problems.push(`overwrite workflow failed: cannot drop template database ${JSON.stringify(options.database)} (template0/template1 are protected by PostgreSQL)`);
        }
    }
    if (problems.length)
        throw new engine_errors.ConfigError(`invalid configuration: ${problems.join('; ')}`);
}
/** Scans the project and reads deploy.sql (nothing connects). Throws the usual exit-10/14 errors. */
async function prepareProject(projectPath) {
    const scan = await scanProject(projectPath, { requireDeploySql: true });
    const deploySql = await readDeploySql(projectPath);
    assertNoNulByte(deploySql);
    return { files: scan.files, deploySql, macros: findMacros(deploySql) };
}
/** The least a second connection for the change report is waited for (see below). */
const MIN_SIDE_CONNECT_WAIT_MS = 250;
async function closeSession(client, locked) {
    await endBounded(client, async () => {
        if (client.getTransactionStatus() !== 'I')
            await client.query('ROLLBACK').catch(() => undefined);
        // decisions.md 8: release only our own lock, not advisory locks deploy.sql may hold.
        if (locked)
            await client.query(`SELECT pg_advisory_unlock(${LOCK_KEY_SQL})`).catch(() => undefined);
    });
}
/**
 * Session settings deploy.sql runs under: `pgmi.rehearse` ('true' only in a rehearsal; set after
 * the parameters, so `--param rehearse=…` cannot fake it) and `lock_timeout`.
 */
async function applySessionSettings(client, options) {
    const lockTimeoutMs = options.lockTimeoutMs ?? (options.rehearse ? DEFAULT_REHEARSAL_LOCK_TIMEOUT_MS : undefined);
    await client.query(`SELECT set_config('pgmi.rehearse', $1, false)${lockTimeoutMs === undefined ? '' : ", set_config('lock_timeout', $2, false)"}`, lockTimeoutMs === undefined
        ? [String(options.rehearse)]
        : [String(options.rehearse), `${Math.round(lockTimeoutMs)}ms`]);
}
/**
 * Deploys a project: scan, (create | recreate) the database, prepare the session, run deploy.sql.
 * Never throws for deployment failures: the error is in `result.error`, its exit code in
 * `result.exitCode`.
 */
async function deploy(options, deps) {
    const now = deps.now ?? (() => performance.now());
    const started = now();
    const elapsed = () => Math.floor(now() - started);
    const emit = (e) => deps.onEvent?.({ ...e, elapsedMs: elapsed() });
    const progress = (message) => emit({ type: 'progress', message });
    const verbose = (message) => options.verbose && emit({ type: 'verbose', message });
    const result = {
        status: 'failed',
        exitCode: engine_errors/* ExitCode */.yU.General,
        database: options.database,
        filesLoaded: 0,
        testMacros: 0,
        durationMs: 0,
        tests: [],
        engineRan: true,
    };
    const control = new RunControl(options.timeoutMs, deps.signal);
    const timings = {};
    result.timings = timings;
    let lapStart = now();
    const lap = () => {
        const t = now();
        const ms = Math.round(t - lapStart);
        lapStart = t;
        return ms;
    };
    let session;
    /** The change report's own connection (see report-connection.ts), while it is in use. */
    let side;
    let locked = false;
    let checksums;
    const stopChecksums = { aborted: false };
    let disarm;
    /** Set while a loss of the session would be reported as happening here (execute has its own). */
    let phase;
    try {
        emit({ type: 'phase', phase: 'validate' });
        validateDeployOptions(options);
        validateParams(options.params);
        const reportMode = reportConnectionMode(deps.env ?? process.env);
        lap();
        let project;
        if (deps.project) {
            // Scanned, checked and checksummed once for many deploys (a fleet).
            project = deps.project;
            checksums = Promise.resolve();
        }
        else {
            const scan = await scanProject(options.projectPath, {
                env: deps.env,
                requireDeploySql: true,
                deferPgmiChecksum: true,
            });
            const text = await readDeploySql(options.projectPath);
            assertNoNulByte(text);
            project = { files: scan.files, deploySql: text, macros: findMacros(text) };
            // The normalised checksums are computed while connecting (between network waits); the
            // upload waits for them.
            checksums = completePgmiChecksums(scan.files, { signal: stopChecksums }).then((ms) => {
                timings.checksumMs = Math.round((scan.checksumMs ?? 0) + ms);
                verbose(`Checksums computed in ${timings.checksumMs} ms, overlapping the connection`);
            });
            checksums.catch(() => undefined);
        }
        const { files, deploySql, macros } = project;
        timings.scanMs = lap();
        timings.projectBytes = files.reduce((n, f) => n + f.sizeBytes, 0);
        verbose(`Scanned ${files.length} files (${timings.projectBytes} bytes) in ${timings.scanMs} ms`);
        control.throwIfAborted();
        emit({ type: 'phase', phase: 'database' });
        lap();
        const ctx = {
            provider: deps.provider,
            options,
            control,
            emit: (e) => deps.onEvent?.({ ...e, elapsedMs: elapsed() }),
            progress,
            verbose: (m) => void verbose(m),
        };
        session = options.overwrite
            ? await recreateTarget(ctx, deps.approve ?? nonInteractiveApprover)
            : await openTarget(ctx);
        result.serverVersion = session.server.version;
        emit({ type: 'connected', database: options.database, serverVersion: session.server.version });
        emit({ type: 'phase', phase: 'session' });
        const { client } = session;
        watchConnection(client);
        control.throwIfAborted();
        disarm = guardConnection(client, deps.provider, control);
        phase = 'connect';
        await assertSessionPinned(client);
        phase = 'lock';
        // PostgreSQL 14+: a backend whose client is gone (killed runner, lost network) stops its
        // statement within a second and releases the deploy lock, instead of running to the end.
        // With the size of the catalog, which decides where the change report's snapshot is taken.
        const setup = await client.query(`SELECT ${CATALOG_BYTES_SQL} AS catalog_bytes${session.server.versionNum >= 140000
            ? ", set_config('client_connection_check_interval', '1s', false)"
            : ''}`);
        // The change report's snapshot on a second connection, taken while the session is prepared,
        // when the catalog is large; a rehearsal compares inside the head's open transaction, on the
        // deploy session. A fresh database (--overwrite) is snapshotted in no time anyway.
        if (options.changeReport &&
            !options.rehearse &&
            !options.overwrite &&
            (reportMode === 'always' ||
                (reportMode === 'auto' && Number(setup.rows[0].catalog_bytes) >= SEPARATE_FROM_BYTES))) {
            side = new ReportConnection(deps.provider, options.database, control);
        }
        await acquireDeployLock(client, {
            key: LOCK_KEY_SQL,
            database: options.database,
            waitMs: options.lockWaitMs ?? 0,
            progress,
        });
        locked = true;
        side?.start(session.server.versionNum);
        timings.connectMs = lap();
        verbose(`Connected and locked in ${timings.connectMs} ms`);
        phase = 'load';
        progress('Preparing session: scanning files, loading parameters');
        const prepared = await prepareSession(client, {
            files,
            params: options.params,
            checksumsReady: checksums,
        });
        Object.assign(timings, prepared.timings);
        verbose(`Session prepared: schema ${prepared.timings.sessionSchemaMs} ms, files ${prepared.timings.uploadMs} ms, views ${prepared.timings.sessionViewsMs} ms`);
        result.filesLoaded = prepared.filesLoaded;
        progress(`Loaded ${prepared.filesLoaded} files`);
        if (prepared.parameters > 0)
            progress(`Loaded ${prepared.parameters} parameters`);
        emit({
            type: 'session-prepared',
            filesLoaded: prepared.filesLoaded,
            parameters: prepared.parameters,
        });
        const versionNum = session.server.versionNum;
        await applySessionSettings(client, options);
        // The "before" picture, after pgmi's own (temporary) session objects and before any of
        // deploy.sql's work.
        // Only a report: when it cannot be taken, the deploy goes on without one.
        lap();
        let snapshotStarted = now();
        const snapshotTime = () => Math.round(now() - snapshotStarted);
        // Where the comparison runs: the connection that holds the "before" snapshot.
        let reportClient = client;
        // What the snapshot returns (the catalog's digest, its size), undefined without a snapshot.
        let catalogBefore;
        // A second connection still being opened is worth waiting for about as long as the deploy
        // session took to open: on a large catalog the snapshot then runs there, beside the
        // comparison, instead of here.
        const separate = await side?.open(side.startedAt + Math.max(2 * (timings.connectMs ?? 0), MIN_SIDE_CONNECT_WAIT_MS));
        // There, deploy.sql does not wait for the snapshot: only a commit that may change the
        // catalog does (`beforeCommit`), so that the snapshot never sees deploy.sql's work. When
        // nothing deploy.sql commits writes to the catalog, the snapshot is never waited for at all:
        // the catalog is as it was, and the report says so.
        let separateBefore;
        let separateTaken;
        /** Set before a commit that may change the catalog is sent. */
        let catalogMayChange = false;
        const takenSeparately = () => (separateTaken ??= separateBefore.then((before) => {
            verbose(`Catalog snapshot ready on the second connection after ${snapshotTime()} ms`);
            return before;
        }, (err) => {
            progress(`warning: no change report: ${(0,engine_errors/* messageOf */.bD)(err)}`);
            return undefined;
        }));
        if (separate?.client) {
            reportClient = separate.client;
            separateBefore = side.before();
            separateBefore.catch(() => undefined);
            verbose('Catalog snapshot under way on a second connection; deploy.sql waits for it only before a commit that may change the catalog');
        }
        else if (options.changeReport) {
            if (separate) {
                verbose(`Catalog snapshot taken on the deploy session: ${separate.unavailable}`);
                await side?.close();
                side = undefined;
            }
            snapshotStarted = now();
            catalogBefore = await snapshotCatalog(client, versionNum).then((before) => {
                verbose(`Catalog snapshot taken in ${snapshotTime()} ms`);
                return before;
            }, (err) => {
                progress(`warning: no change report: ${(0,engine_errors/* messageOf */.bD)(err)}`);
                return undefined;
            });
        }
        const snapshotTaken = catalogBefore !== undefined || separateBefore !== undefined;
        if (options.changeReport)
            timings.changeReportMs = lap();
        const beforeCommit = separateBefore
            ? async (kind) => {
                // An open transaction that wrote nothing to the catalog commits without waiting.
                if (kind === 'transaction' && !(await transactionWroteCatalog(client)))
                    return;
                catalogMayChange = true;
                const started = now();
                catalogBefore = await takenSeparately();
                const waited = Math.round(now() - started);
                timings.changeReportMs = (timings.changeReportMs ?? 0) + waited;
                verbose(`Waited ${waited} ms for the catalog snapshot before a commit`);
            }
            : undefined;
        // The comparison only reports: its failure (deploy.sql ran DISCARD TEMP, say) never fails
        // the deploy.
        const report = async () => {
            if (separateBefore) {
                if (!catalogMayChange) {
                    verbose('Catalog unchanged: nothing deploy.sql committed wrote to it');
                    return buildChangeReport([]);
                }
                if (!catalogBefore)
                    return undefined;
            }
            const started = now();
            return diffCatalog(reportClient, versionNum, catalogBefore)
                .then((r) => {
                verbose(`Catalog compared in ${Math.round(now() - started)} ms`);
                return r;
            }, (err) => {
                // node-postgres says only "not queryable" once a connection is gone: say why.
                const lost = reportClient !== client && isConnectionLoss(err, reportClient)
                    ? `its connection was lost (${(0,engine_errors/* messageOf */.bD)(connectionErrorOf(reportClient) ?? err)})`
                    : (0,engine_errors/* messageOf */.bD)(err);
                progress(`warning: no change report: ${lost}`);
                return undefined;
            })
                .finally(() => {
                timings.changeReportMs = (timings.changeReportMs ?? 0) + Math.round(now() - started);
            });
        };
        control.throwIfAborted();
        phase = undefined;
        emit({ type: 'phase', phase: 'execute' });
        progress(options.rehearse
            ? 'Rehearsing deploy.sql: the atomic head and its tests run, then roll back; the tail is not run'
            : 'Executing deploy.sql');
        if (macros.length)
            verbose(`Expanded ${macros.length} test macro(s) in deploy.sql`);
        lap();
        timings.deploySqlStartMs = elapsed();
        const outcome = await executeDeploySql({
            client,
            host: deps.provider.host,
            port: deps.provider.port,
            control,
            deploySql,
            database: options.database,
            macros,
            files,
            verbose: options.verbose,
            emit,
            elapsed,
            rehearse: options.rehearse,
            beforeCommit,
            beforeOpen: beforeCommit && versionNum >= 150000 ? () => flushCatalogWrites(client) : undefined,
            beforeTerminator: options.rehearse && snapshotTaken
                ? async () => {
                    result.changeReport = await report();
                }
                : undefined,
        });
        timings.executeMs = lap();
        verbose(`deploy.sql ran in ${timings.executeMs} ms`);
        result.tests = outcome.tests;
        if (outcome.notRehearsed)
            result.notRehearsed = outcome.notRehearsed;
        if (outcome.executionUnits !== undefined) {
            result.testMacros = macros.length;
            result.executionUnits = outcome.executionUnits;
            result.unitsCommitted = outcome.unitsCommitted;
        }
        if (outcome.executionMode)
            result.executionMode = outcome.executionMode;
        if (outcome.failedUnit)
            result.failedUnit = outcome.failedUnit;
        if (outcome.error) {
            // Tail units that committed before the failure stay: report what they changed.
            if (snapshotTaken && !options.rehearse && (outcome.unitsCommitted ?? 0) > 0) {
                result.changeReport = await report();
            }
            throw outcome.error;
        }
        if (options.rehearse) {
            result.status = 'rehearsed';
            result.exitCode = engine_errors/* ExitCode */.yU.Success;
            return result;
        }
        // After the tail: the catalog as the deploy left it.
        if (snapshotTaken)
            result.changeReport = await report();
        result.status = 'success';
        result.exitCode = engine_errors/* ExitCode */.yU.Success;
    }
    catch (thrown) {
        // A cancellation that surfaced as some other failure is still the cancellation.
        // Ctrl-C beats everything; an expired --timeout beats whatever the cut-off step threw, except
        // a connection failure (a connect that timed out is exit 11, as upstream).
        const reason = control.reason;
        const err = !reason && phase && session && isConnectionLoss(thrown, session.client)
            ? connectionLost(phase, lossMessage(phase, options.database), thrown)
            : thrown;
        const keep = !reason ||
            err === reason ||
            (reason instanceof engine_errors/* TimeoutError */.MU && (0,engine_errors/* exitCodeFor */.Rr)(err) === engine_errors/* ExitCode */.yU.Connection);
        const error = keep
            ? err
            : Object.assign(reason, { cause: reason.cause ?? err });
        result.error = error;
        result.exitCode = (0,engine_errors/* exitCodeFor */.Rr)(error);
    }
    finally {
        stopChecksums.aborted = true;
        await Promise.all([side?.close(), session && closeSession(session.client, locked)]);
        disarm?.();
        control.dispose();
        result.durationMs = elapsed();
    }
    return result;
}

;// CONCATENATED MODULE: ./src/engine/events.ts
/**
 * The engine's progress stream. Front doors render these (CLI text, Action log groups and
 * annotations, MCP notices); the engine never prints.
 */
/**
 * The result of a deploy that ended before the engine ran: bad input a front door refused, an
 * overwrite not approved, a fleet target whose deploy could not start.
 */
function resultBeforeEngine(error, run) {
    return {
        status: 'failed',
        exitCode: run.exitCode,
        database: run.database ?? '',
        filesLoaded: 0,
        testMacros: 0,
        durationMs: run.durationMs ?? 0,
        tests: [],
        error,
        engineRan: false,
    };
}

;// CONCATENATED MODULE: ./src/inputs/interrupt.ts
/**
 * Ctrl-C and SIGTERM during a deploy, the same for every front door that runs in a process of
 * its own: cancel the running statement (the engine rolls back an open head) and end with 130 /
 * 143 — even when the engine had already finished, as upstream does.
 */

function interruptOnSignals(opts) {
    const controller = new AbortController();
    let received;
    const onSignal = (sig) => {
        if (received)
            return opts.onRepeat?.(sig);
        received = sig;
        opts.announce('pgmi: interrupted, cancelling deployment...');
        controller.abort(new engine_errors/* InterruptedError */.p4(sig));
    };
    const onInt = () => onSignal('SIGINT');
    const onTerm = () => onSignal('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    return {
        signal: controller.signal,
        dispose() {
            process.off('SIGINT', onInt);
            process.off('SIGTERM', onTerm);
        },
        settle(result) {
            if (!received)
                return { result, exitCode: result.exitCode };
            const error = new engine_errors/* InterruptedError */.p4(received);
            const settled = result.status !== 'failed' ? { ...result, status: 'failed', error } : result;
            return { result: settled, exitCode: error.exitCode };
        },
    };
}

;// CONCATENATED MODULE: ./src/inputs/startup.ts
/** Milliseconds since the process started (`performance.timeOrigin`), taken as a deploy begins. */
function processUptimeMs() {
    return Math.round(performance.now());
}
/** Puts `startupMs` first in the result's timings (when the deploy got as far as having any). */
function addStartupTiming(result, startupMs) {
    if (result.timings)
        result.timings = { startupMs, ...result.timings };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/connect/cloud/cloud-auth.ts
var cloud_auth = __nccwpck_require__(99960);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(41692);
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./src/connect/tls.ts
/**
 * libpq's sslmode semantics on top of Node's TLS (connections.md §7). node-postgres maps
 * sslmode differently from libpq (its `require` verifies, `prefer` does not fall back), so the
 * `ssl` object is built here from the mode and never from pg's own parsing:
 *
 * | mode        | attempts          | verification                                       |
 * |-------------|-------------------|----------------------------------------------------|
 * | disable     | plain             | —                                                  |
 * | allow       | plain, then TLS   | none                                               |
 * | prefer      | TLS, then plain   | none                                               |
 * | require     | TLS               | none; chain (as verify-ca) when a root cert is set |
 * | verify-ca   | TLS               | chain against the root certificate                 |
 * | verify-full | TLS               | chain and host name                                |
 *
 * Unix-socket connections never use TLS (libpq ignores sslmode there).
 */





function readText(file, what, origin, problems) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        const reason = e.code === 'ENOENT' ? 'does not exist' : 'cannot be read';
        problems.push(`${what} "${file}" (${origin}) ${reason}`);
        return undefined;
    }
}
/**
 * libpq refuses a private key that others can read: 0600 or less when owned by the user,
 * 0640 or less when owned by root (so a key shared through a root-owned group works).
 */
function checkKeyPermissions(file, origin, problems) {
    if (process.platform === 'win32')
        return;
    try {
        const st = (0,external_node_fs_.statSync)(file);
        const loose = st.uid === 0 ? st.mode & 0o037 : st.mode & 0o077;
        if (loose) {
            problems.push(`private key file "${file}" (${origin}) has group or world access; file must have permissions u=rw (0600) or less if owned by the current user, or permissions u=rw,g=r (0640) or less if owned by root`);
        }
    }
    catch {
        // Reported by the read.
    }
}
function checkKey(pem, file, origin, passphrase) {
    try {
        (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem', passphrase });
        return undefined;
    }
    catch {
        const encrypted = /ENCRYPTED/.test(pem);
        if (encrypted && !passphrase) {
            return `SSL key file "${file}" (${origin}) is encrypted and no passphrase was given: set $PGSSLPASSWORD or sslpassword in the connection string`;
        }
        if (encrypted) {
            return `could not decrypt SSL key file "${file}" (${origin}): wrong passphrase (from $PGSSLPASSWORD or sslpassword)`;
        }
        return `SSL key file "${file}" (${origin}) does not hold a PEM private key`;
    }
}
/** Reads and checks every certificate and key offline; problems are collected, not thrown. */
function loadTlsMaterial(inputs, problems) {
    const material = {};
    const paths = {};
    let sslmode = inputs.sslmode;
    const dotdir = external_node_path_default().join(inputs.home, '.postgresql');
    // Root certificate: explicit, `system`, or libpq's ~/.postgresql/root.crt when present.
    const root = inputs.sslrootcert;
    if (root?.value === 'system') {
        material.ca = 'system';
        paths.sslrootcert = 'system';
        if (sslmode !== 'disable')
            sslmode = 'verify-full';
    }
    else if (root) {
        const pem = readText(root.value, 'root certificate file', root.origin, problems);
        if (pem !== undefined) {
            try {
                new external_node_crypto_.X509Certificate(pem);
                material.ca = pem;
            }
            catch {
                problems.push(`root certificate file "${root.value}" (${root.origin}) is not a PEM certificate`);
            }
        }
        paths.sslrootcert = root.value;
    }
    else if (sslmode === 'require' || sslmode.startsWith('verify-')) {
        const def = external_node_path_default().join(dotdir, 'root.crt');
        if ((0,external_node_fs_.existsSync)(def)) {
            const pem = readText(def, 'root certificate file', 'default', problems);
            if (pem !== undefined)
                material.ca = pem;
            paths.sslrootcert = def;
        }
        else if (sslmode.startsWith('verify-')) {
            problems.push(`root certificate file "${def}" does not exist (sslmode ${sslmode} verifies the server): provide one with --sslrootcert, use the system's trusted roots with sslrootcert=system, or change sslmode to disable server certificate verification`);
        }
    }
    // Client certificate: both or neither; libpq's defaults only when both files exist.
    let cert = inputs.sslcert;
    let key = inputs.sslkey;
    if (!cert && !key) {
        const dc = external_node_path_default().join(dotdir, 'postgresql.crt');
        const dk = external_node_path_default().join(dotdir, 'postgresql.key');
        if ((0,external_node_fs_.existsSync)(dc) && (0,external_node_fs_.existsSync)(dk)) {
            cert = { value: dc, origin: 'default' };
            key = { value: dk, origin: 'default' };
        }
    }
    if (cert && !key) {
        problems.push(`sslcert (${cert.origin}) is set but sslkey is not: give both, or neither`);
    }
    else if (key && !cert) {
        problems.push(`sslkey (${key.origin}) is set but sslcert is not: give both, or neither`);
    }
    else if (cert && key) {
        paths.sslcert = cert.value;
        paths.sslkey = key.value;
        const certPem = readText(cert.value, 'SSL certificate file', cert.origin, problems);
        if (certPem !== undefined) {
            try {
                new external_node_crypto_.X509Certificate(certPem);
                material.cert = certPem;
            }
            catch {
                problems.push(`SSL certificate file "${cert.value}" (${cert.origin}) is not a PEM certificate`);
            }
        }
        const keyPem = readText(key.value, 'SSL key file', key.origin, problems);
        if (keyPem !== undefined) {
            checkKeyPermissions(key.value, key.origin, problems);
            const bad = checkKey(keyPem, key.value, key.origin, inputs.sslpassword);
            if (bad)
                problems.push(bad);
            else
                material.key = keyPem;
        }
        if (inputs.sslpassword)
            material.passphrase = inputs.sslpassword;
    }
    return { material, sslmode, paths };
}
/** Which physical attempts a mode makes, in order: true = TLS. */
function tlsAttempts(sslmode, host) {
    if (host.startsWith('/'))
        return [false];
    switch (sslmode) {
        case 'disable':
            return [false];
        case 'allow':
            return [false, true];
        case 'prefer':
            return [true, false];
        default:
            return [true];
    }
}
/** The node-postgres `ssl` value for one attempt. */
function sslConfig(sslmode, material, host, useTls) {
    if (!useTls)
        return false;
    const out = {};
    if (material.cert && material.key) {
        out.cert = material.cert;
        out.key = material.key;
        if (material.passphrase)
            out.passphrase = material.passphrase;
    }
    // SNI carries host names only, never IP literals (RFC 6066 §3).
    if ((0,external_node_net_.isIP)(host) === 0)
        out.servername = host;
    const ca = material.ca;
    const mode = sslmode === 'require' && ca ? 'verify-ca' : sslmode;
    if (mode === 'verify-ca' || mode === 'verify-full') {
        out.rejectUnauthorized = true;
        if (ca && ca !== 'system')
            out.ca = ca;
        out.checkServerIdentity =
            mode === 'verify-full'
                ? (_name, cert) => external_node_tls_default().checkServerIdentity(host, cert)
                : () => undefined;
    }
    else {
        out.rejectUnauthorized = false;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/connect/client-config.ts

function buildClientConfig(settings, attempt) {
    const config = {
        host: settings.host,
        port: settings.port,
        user: settings.user,
        database: attempt.database,
        ssl: attempt.stream
            ? false
            : sslConfig(settings.sslmode, settings.tls, settings.host, attempt.useTls),
        application_name: settings.applicationName,
        connectionTimeoutMillis: settings.connectTimeoutSeconds * 1000,
        keepAlive: true,
        // The classic SSLRequest handshake; pg would otherwise read $PGSSLNEGOTIATION itself.
        sslnegotiation: 'postgres',
    };
    if (attempt.password)
        config.password = attempt.password;
    if (settings.options)
        config.options = settings.options;
    if (attempt.stream)
        config.stream = attempt.stream;
    return config;
}

;// CONCATENATED MODULE: ./src/connect/connection-errors.ts
/**
 * Turns a failed connection attempt into the message users see (connections.md §9.2,
 * deploy-pipeline.md §4.13). A server SQLSTATE decides the wording, never the text: a server
 * that refuses TLS first produces misleading prose. The original error stays as `cause` so the
 * SQLSTATE reaches `--json`. Messages name host, port, user and database — never a secret.
 */

const TLS_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_SIGNATURE_FAILURE',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'INVALID_CA',
    'HOSTNAME_MISMATCH',
]);
/**
 * `message` and `code` of anything thrown. Duck-typed: socket errors can come from another
 * realm (a test VM, a worker), where `instanceof Error` is false.
 */
function errorFields(err) {
    if (typeof err !== 'object' || err === null)
        return undefined;
    const { message, code } = err;
    if (typeof message !== 'string')
        return undefined;
    return { message, code: typeof code === 'string' ? code : '' };
}
/** Classifies an error that carries no SQLSTATE. */
function failureKind(err) {
    const f = errorFields(err);
    if (!f)
        return 'other';
    const code = f.code;
    const text = f.message.toLowerCase();
    if (code === 'ECONNREFUSED' || code === 'ENOENT')
        return 'refused';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return 'dns';
    if (code === 'ETIMEDOUT' || text.includes('timeout expired') || text.includes('timed out')) {
        return 'timeout';
    }
    if (TLS_CODES.has(code) ||
        code.startsWith('ERR_TLS') ||
        code.startsWith('ERR_SSL') ||
        /\bssl\b|\btls\b|certificate/.test(text)) {
        return 'tls';
    }
    if (text.includes('unknown message code') || text.includes('received invalid response')) {
        return 'protocol';
    }
    return 'other';
}
function firstLine(text) {
    return text.split('\n')[0];
}
/** The ConnectionError for a failed attempt (exit 11), cause kept. */
function connectionFailure(err, ctx) {
    const { endpoint, user, database } = ctx;
    let message;
    const hints = [];
    if ((0,engine_errors/* isPgDatabaseError */.Hd)(err)) {
        const msg = err.message;
        switch (err.code) {
            case '28P01':
                message = `password authentication failed for user "${user}" on database "${database}"`;
                hints.push(ctx.authLabel
                    ? `check that "${user}" is a database role allowed to sign in with ${ctx.authLabel}`
                    : 'check $PGPASSWORD, ~/.pgpass, or the connection string');
                break;
            case '28000':
                message = `authentication rejected for user "${user}" on database "${database}": ${msg}`;
                hints.push('no pg_hba.conf entry matches this host, user, and method');
                break;
            case '3D000':
                message = `database "${database}" does not exist`;
                hints.push('create it first, or deploy with --overwrite to (re)create it');
                break;
            case '42501':
                message = msg;
                hints.push(`grant access with: GRANT CONNECT ON DATABASE ${database} TO ${user}`);
                break;
            case '53300':
                // One SQLSTATE for three limits. A role's is named as such (the database is not what is
                // full); the server's English text says which, otherwise upstream's wording stands.
                if (msg.includes('too many connections for role')) {
                    message = `too many connections for role "${user}": its CONNECTION LIMIT is reached`;
                    hints.push(`close other sessions of "${user}", or raise the limit: ALTER ROLE ${user} CONNECTION LIMIT <n>`);
                }
                else {
                    message = `too many connections to database "${database}"`;
                    hints.push(msg.includes('too many connections for database')
                        ? `its CONNECTION LIMIT is reached; close other sessions on "${database}", or raise the limit: ALTER DATABASE ${database} CONNECTION LIMIT <n>`
                        : 'the server has no free connection slots; close idle sessions or raise max_connections');
                }
                break;
            case '57P03':
                message = `server at ${endpoint} is not accepting connections: ${msg}`;
                hints.push('the server is starting up or recovering; retry in a moment (--wait 30s keeps trying)');
                break;
            default:
                message = `server at ${endpoint} refused the connection: ${msg} (SQLSTATE ${err.code})`;
        }
    }
    else {
        const kind = failureKind(err);
        const detail = firstLine(errorFields(err)?.message ?? (0,engine_errors/* messageOf */.bD)(err));
        switch (kind) {
            case 'refused':
                message = `connection refused to ${endpoint}`;
                hints.push(`is PostgreSQL running and accepting connections there? check with: pg_isready -h ${ctx.host} -p ${ctx.port}`);
                break;
            case 'dns':
                message = `cannot resolve host "${ctx.host}"`;
                hints.push('check the host name spelling, DNS, and $PGHOST');
                break;
            case 'timeout':
                message = `connection timed out to ${endpoint}`;
                hints.push('check network access to the server, or raise --timeout');
                break;
            case 'tls':
                message = `SSL/TLS connection error: ${detail}`;
                hints.push('check --sslmode, --sslrootcert, --sslcert and --sslkey (and the server certificate)');
                break;
            case 'protocol':
                message = `the server at ${endpoint} does not speak the PostgreSQL protocol (${detail})`;
                hints.push('check the host and port: pgmi needs PostgreSQL 11 or newer there');
                break;
            default:
                message = `failed to connect to database: ${detail}`;
        }
    }
    if (ctx.waitedMs) {
        hints.push(`gave up after waiting ${Math.round(ctx.waitedMs / 100) / 10}s (--wait)`);
    }
    else if (ctx.attempts && ctx.attempts > 1) {
        hints.push(`gave up after ${ctx.attempts} attempts`);
    }
    return new engine_errors/* ConnectionError */.Rc(message, { cause: err, hints });
}

;// CONCATENATED MODULE: ./src/connect/pgpass.ts
/**
 * The libpq password file (`~/.pgpass`, `PGPASSFILE`): `host:port:database:user:password`
 * per line. Written by hand rather than with the `pgpass` npm module because that module reads
 * `process.env` and logs through its own channel, while pgmi resolves from the environment it
 * is handed and reports the permission warning to its caller.
 *
 * libpq's rules: lines starting with `#` are comments; `\` escapes the next character (so `\:`
 * and `\\`); the first four fields match the value in use or `*`; the port compares as text;
 * the first matching line wins; the password runs to the next unescaped `:`. A Unix-socket
 * connection matches the host `localhost`. On Unix a file with any group or world permission
 * bit is ignored with a warning.
 */


/** Splits one line into fields on unescaped `:`, removing the escapes. */
function splitFields(line) {
    const fields = [];
    let cur = '';
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '\\' && i + 1 < line.length) {
            cur += line[++i];
        }
        else if (c === ':') {
            fields.push(cur);
            cur = '';
        }
        else {
            cur += c;
        }
    }
    fields.push(cur);
    return fields;
}
function parsePgpass(text) {
    const entries = [];
    for (const raw of text.split('\n')) {
        const line = raw.replace(/\r$/, '');
        if (line === '' || line.startsWith('#'))
            continue;
        const f = splitFields(line);
        if (f.length < 5)
            continue;
        entries.push({ host: f[0], port: f[1], database: f[2], user: f[3], password: f[4] });
    }
    return entries;
}
function findPgpassPassword(entries, target) {
    const host = target.host.startsWith('/') ? 'localhost' : target.host;
    const want = [host, String(target.port), target.database, target.user];
    for (const e of entries) {
        const have = [e.host, e.port, e.database, e.user];
        if (have.every((v, i) => v === '*' || v === want[i]))
            return e.password;
    }
    return undefined;
}
/** `PGPASSFILE`, else `~/.pgpass` (`%APPDATA%\postgresql\pgpass.conf` on Windows). */
function defaultPassfile(env, home) {
    if (env.PGPASSFILE)
        return env.PGPASSFILE;
    if (process.platform === 'win32' && env.APPDATA) {
        return external_node_path_default().join(env.APPDATA, 'postgresql', 'pgpass.conf');
    }
    return external_node_path_default().join(home, '.pgpass');
}
/**
 * Reads and parses the file. Missing or unreadable → no entries, silently (libpq). A file that
 * is not a plain file, or is group/world accessible on Unix, is ignored with libpq's warning.
 */
function readPgpassFile(file, onWarning) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(file);
    }
    catch {
        return [];
    }
    if (!st.isFile()) {
        onWarning?.(`WARNING: password file "${file}" is not a plain file`);
        return [];
    }
    if (process.platform !== 'win32' && (st.mode & 0o077) !== 0) {
        onWarning?.(`WARNING: password file "${file}" has group or world access; permissions should be u=rw (0600) or less`);
        return [];
    }
    try {
        return parsePgpass((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/connect/password-source.ts
/**
 * The password node-postgres sends when the server asks for one, decided per physical
 * connection: a fresh cloud token; else the configured password (connection string or
 * `PGPASSWORD`); else the password file, matched against the database being opened (target or
 * maintenance). The file is read only when a password is actually needed, as libpq does.
 */


function createPasswordSource(settings, hooks, token) {
    let entries;
    return async (database) => {
        if (token)
            return token();
        if (settings.password)
            return settings.password;
        entries ??= readPgpassFile(settings.passfile, hooks.onWarning);
        const found = findPgpassPassword(entries, {
            host: settings.host,
            port: settings.port,
            database,
            user: settings.user,
        });
        if (found !== undefined) {
            hooks.onSecret(found);
            return found;
        }
        throw new engine_errors/* ConnectionError */.Rc(`the server asks for a password for user "${settings.user}" and none was supplied`, {
            hints: [
                `set $PGPASSWORD, put it in the connection string, or add a line to ${settings.passfile} (host:port:database:user:password)`,
            ],
        });
    };
}

;// CONCATENATED MODULE: ./src/connect/retry.ts
/**
 * The connection retry policy (connections.md §9.1, deploy-pipeline.md §4.13): one attempt plus
 * up to three retries on transient failures only, 100/200/400 ms apart (doubling, capped at a
 * minute) with ±10 % jitter; `--wait` keeps retrying transient failures until its deadline.
 */


const MAX_RETRIES = 3;
const BASE_DELAY_MS = 100;
const MAX_DELAY_MS = 60_000;
/** While waiting for a server to come up, poll at least this often. */
const MAX_WAIT_POLL_MS = 1_000;
/** Node socket error codes that mean "try again later". */
const TRANSIENT_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ECONNABORTED',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'EHOSTDOWN',
    'ENETUNREACH',
    'ENETDOWN',
    'EPIPE',
    'EAI_AGAIN',
    // A Unix socket that does not exist yet: the server has not started.
    'ENOENT',
]);
const TRANSIENT_TEXT = [
    'connection refused',
    'connection reset',
    'connection timeout',
    'connection failure',
    'network is unreachable',
    'i/o timeout',
    'broken pipe',
    'too many connections',
    'server closed the connection',
    'unexpected eof',
    'connection pool exhausted',
    // node-postgres' wording for a peer that hung up, and for its own connect timeout.
    'connection terminated unexpectedly',
    'timeout expired',
];
/** SQLSTATEs worth another attempt: connection exceptions, resources, operator intervention. */
function isTransientSqlState(code) {
    const cls = code.slice(0, 2);
    if (cls === '08' || cls === '53')
        return true;
    if (cls === '57')
        return code !== '57014' && code !== '57P04';
    return code === '40001' || code === '40P01' || code === '55P03';
}
function isTransient(err) {
    if ((0,engine_errors/* isPgDatabaseError */.Hd)(err))
        return isTransientSqlState(err.code);
    const f = errorFields(err);
    if (!f)
        return false;
    if (f.code && TRANSIENT_CODES.has(f.code))
        return true;
    const text = f.message.toLowerCase();
    return TRANSIENT_TEXT.some((t) => text.includes(t));
}
/** Delay before retry `n` (0-based): 100 ms × 2ⁿ, capped, times a factor in [0.9, 1.1). */
function backoffDelay(n, random = Math.random, cap = MAX_DELAY_MS) {
    const base = Math.min(BASE_DELAY_MS * 2 ** n, cap);
    return base * (0.9 + 0.2 * random());
}
/**
 * How long to sleep before the next attempt, or undefined to give up. Within the first
 * `MAX_RETRIES` retries the normal schedule applies; past it only `waitMs` keeps going, polling
 * at most every second and never past its deadline.
 */
function nextDelay(state, waitMs, now, random = Math.random) {
    const n = state.failures - 1;
    const remaining = state.startedAt + waitMs - now;
    if (n < MAX_RETRIES)
        return backoffDelay(n, random);
    if (remaining <= 0)
        return undefined;
    return Math.min(backoffDelay(n, random, MAX_WAIT_POLL_MS), remaining);
}
/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/connect/server-check.ts

const COMPATIBILITY_QUERY = 'SELECT version() AS version, current_database() AS database, current_user AS "user", ' +
    'pg_backend_pid() AS pid, inet_server_addr()::text AS address, inet_server_port() AS port, ' +
    "current_setting('server_version_num')::int AS version_num";
/** Interprets the row; throws for a non-PostgreSQL peer or a server older than 11. */
function interpretCompatibility(row, endpoint) {
    const full = String(row.version ?? '');
    const m = /^PostgreSQL (\d+(?:\.\d+)*)/.exec(full);
    if (!m) {
        const shown = full.length > 120 ? `${full.slice(0, 117)}...` : full;
        throw new engine_errors/* ConnectionError */.Rc(`the server at ${endpoint} is not PostgreSQL: version() reports "${shown}"`, {
            hints: [
                'pgmi needs PostgreSQL 11 or newer (managed services that run PostgreSQL are fine)',
            ],
        });
    }
    const num = Number(row.version_num);
    if (!Number.isFinite(num) || num < 110000) {
        throw new engine_errors.ConfigError(`invalid configuration: this server reports PostgreSQL ${m[1]}, and pgmi requires 11 or newer`);
    }
    return {
        version: m[1],
        versionNum: num,
        database: row.database,
        user: row.user,
        backendPid: Number(row.pid),
        versionString: full,
        serverAddress: row.address,
        serverPort: row.port === null ? null : Number(row.port),
    };
}
async function checkServer(client, endpoint) {
    let row;
    try {
        row = (await client.query(COMPATIBILITY_QUERY)).rows[0];
    }
    catch (e) {
        throw new engine_errors/* ConnectionError */.Rc(`the server at ${endpoint} did not pass pgmi's PostgreSQL compatibility check: ${(0,engine_errors/* messageOf */.bD)(e)}`, { cause: e, hints: ['pgmi needs PostgreSQL 11 or newer at this address'] });
    }
    if (!row) {
        throw new engine_errors/* ConnectionError */.Rc(`the server at ${endpoint} did not pass pgmi's PostgreSQL compatibility check: no row returned`);
    }
    return interpretCompatibility(row, endpoint);
}

;// CONCATENATED MODULE: ./src/connect/settings.ts
/**
 * The resolved, structured connection settings: what `resolveConnection` produces from flags,
 * environment, connection strings and pgmi.yaml, and what providers turn into node-postgres
 * client configs. Plain data; secrets sit in their own fields so `describe`/summaries can skip
 * them.
 */
const SSL_MODES = [
    'disable',
    'allow',
    'prefer',
    'require',
    'verify-ca',
    'verify-full',
];
function isSslMode(value) {
    return SSL_MODES.includes(value);
}
function isUnixSocket(host) {
    return host.startsWith('/');
}
/** `host:port`, with IPv6 literals bracketed and socket directories spelled out. */
function endpointOf(settings) {
    if (isUnixSocket(settings.host))
        return `${settings.host}/.s.PGSQL.${settings.port}`;
    if (settings.host.includes(':'))
        return `[${settings.host}]:${settings.port}`;
    return `${settings.host}:${settings.port}`;
}

;// CONCATENATED MODULE: ./src/connect/postgres-provider.ts
/**
 * The one ConnectionProvider implementation: node-postgres with libpq's sslmode fallbacks,
 * the retry policy, `--wait`, passwords/.pgpass/cloud tokens, and the compatibility check.
 */











/**
 * Whether a failed first attempt under `allow`/`prefer` is worth the other one (libpq): the
 * server rejected us (any SQLSTATE, e.g. a `hostssl`/`hostnossl` rule), TLS itself failed, or
 * the server hung up during TLS negotiation. Not for refused sockets, DNS or timeouts: the
 * other mode would meet the same fate, and that is the retry policy's business.
 */
function shouldFallBack(sslmode, err) {
    if ((0,engine_errors/* isPgDatabaseError */.Hd)(err))
        return true;
    const f = errorFields(err);
    if (sslmode !== 'prefer' || !f)
        return false;
    const text = f.message.toLowerCase();
    return (failureKind(err) === 'tls' ||
        text.includes('connection terminated unexpectedly') ||
        text.includes('establishing an ssl connection'));
}
/** How long a cancelled run still waits for the compatibility check's answer. */
const CHECK_GRACE_MS = 1500;
function isTimeoutReason(reason) {
    return reason instanceof engine_errors/* TimeoutError */.MU || reason?.name === 'TimeoutError';
}
class PostgresProvider {
    settings;
    hooks;
    cloud;
    password;
    constructor(settings, hooks) {
        this.settings = settings;
        this.hooks = hooks;
    }
    get host() {
        return this.settings.auth.method === 'google'
            ? this.settings.auth.instance
            : this.settings.host;
    }
    get port() {
        return this.settings.port;
    }
    get user() {
        return this.settings.user;
    }
    describe() {
        const s = this.settings;
        if (s.auth.method === 'google')
            return `${s.user}@${s.auth.instance} (Cloud SQL connector)`;
        const auth = s.auth.method === 'password' ? '' : `, auth=${s.auth.method}`;
        return `${s.user}@${endpointOf(s)} (sslmode=${s.sslmode}${auth})`;
    }
    failureContext(database, plugin) {
        return {
            endpoint: this.settings.auth.method === 'google' ? this.host : endpointOf(this.settings),
            host: this.host,
            port: this.settings.port,
            user: this.settings.user,
            database,
            authLabel: plugin?.label,
        };
    }
    aborted(signal, ctx) {
        const reason = signal.reason;
        if (reason instanceof engine_errors/* InterruptedError */.p4)
            return reason;
        return isTimeoutReason(reason)
            ? new engine_errors/* ConnectionError */.Rc(`connection timed out to ${ctx.endpoint}`, {
                cause: reason,
                hints: ['check network access to the server, or raise --timeout'],
            })
            : new engine_errors/* ConnectionError */.Rc(`connection to ${ctx.endpoint} was cancelled`, { cause: reason });
    }
    async connect({ database, signal, once }) {
        const started = Date.now();
        // A failed set-up (e.g. the Cloud SQL Admin API unreachable) is not cached: the next
        // connect() tries again.
        this.cloud ??= (0,cloud_auth/* loadCloudAuth */.E)(this.settings, this.hooks).catch((e) => {
            this.cloud = undefined;
            throw e;
        });
        const plugin = await this.cloud;
        this.password ??= createPasswordSource(this.settings, this.hooks, plugin?.token);
        const ctx = this.failureContext(database, plugin);
        const state = { failures: 0, startedAt: started };
        // connect_timeout bounds the whole connect phase, retries included, as libpq's does (it is
        // not a per-attempt limit multiplied by the retries); an explicit --wait may stretch it.
        const limitMs = this.settings.connectTimeoutSeconds * 1000;
        const deadline = limitMs > 0 ? started + Math.max(limitMs, this.settings.waitMs) : Infinity;
        const timedOut = (cause) => new engine_errors/* ConnectionError */.Rc(`connection timed out to ${ctx.endpoint}`, {
            cause,
            hints: [
                `gave up after ${((Date.now() - started) / 1000).toFixed(1)}s and ${state.failures} attempt(s): connect_timeout=${this.settings.connectTimeoutSeconds} bounds the whole connect phase; check that the server is up and reachable, or raise it`,
            ],
        });
        for (;;) {
            if (signal?.aborted)
                throw this.aborted(signal, ctx);
            let client;
            const remaining = deadline - Date.now();
            try {
                client = await this.connectOnce(database, plugin, signal, remaining);
                const server = await this.checked(client, ctx.endpoint, signal);
                return { client, server };
            }
            catch (e) {
                await client?.end().catch(() => undefined);
                if (signal?.aborted)
                    throw this.aborted(signal, ctx);
                if (e instanceof engine_errors/* PgmiError */.K8)
                    throw e;
                state.failures++;
                const delay = isTransient(e) && !once ? nextDelay(state, this.settings.waitMs, Date.now()) : undefined;
                if (isTransient(e) && Date.now() + (delay ?? 0) >= deadline)
                    throw timedOut(e);
                if (delay === undefined) {
                    const waited = this.settings.waitMs > 0 && isTransient(e);
                    throw connectionFailure(e, {
                        ...ctx,
                        attempts: state.failures,
                        waitedMs: waited ? Date.now() - started : undefined,
                    });
                }
                try {
                    await sleep(delay, signal);
                }
                catch {
                    throw this.aborted(signal, ctx);
                }
            }
        }
    }
    /**
     * The compatibility check, on a socket that a cancellation closes when the server does not
     * answer within the grace period (a silent server); a live one answers in milliseconds.
     */
    async checked(client, endpoint, signal) {
        let timer;
        const onAbort = () => {
            timer = setTimeout(() => destroyStream(client, new Error('connection attempt cancelled')), CHECK_GRACE_MS);
        };
        if (signal?.aborted)
            onAbort();
        else
            signal?.addEventListener('abort', onAbort, { once: true });
        try {
            return await checkServer(client, endpoint);
        }
        finally {
            signal?.removeEventListener('abort', onAbort);
            clearTimeout(timer);
        }
    }
    /** One logical attempt: one or two physical connections, per sslmode. */
    async connectOnce(database, plugin, signal, remainingMs = Infinity) {
        const attempts = plugin?.stream
            ? [false]
            : tlsAttempts(this.settings.sslmode, this.settings.host);
        let first;
        for (let i = 0; i < attempts.length; i++) {
            try {
                return await this.dial(database, attempts[i], plugin, signal, remainingMs);
            }
            catch (e) {
                if (e instanceof engine_errors/* PgmiError */.K8 || signal?.aborted)
                    throw e;
                const last = i === attempts.length - 1;
                if (last) {
                    // A rejection of the fallback by pg_hba says less than the first attempt's error.
                    const firstSaysMore = (0,engine_errors/* isPgDatabaseError */.Hd)(first) && (0,engine_errors/* isPgDatabaseError */.Hd)(e) && e.code === '28000';
                    throw firstSaysMore ? first : e;
                }
                if (!shouldFallBack(this.settings.sslmode, e))
                    throw e;
                first = e;
            }
        }
        throw new Error('unreachable: no connection attempt was made');
    }
    async dial(database, useTls, plugin, signal, remainingMs = Infinity) {
        const password = this.password;
        const config = buildClientConfig(this.settings, {
            database,
            useTls,
            password: () => password(database),
            stream: plugin?.stream,
        });
        if (Number.isFinite(remainingMs)) {
            config.connectionTimeoutMillis = Math.max(1, Math.ceil(remainingMs));
        }
        const client = new pg.Client(config);
        // From its first moment: a socket error with no listener would end the process.
        watchConnection(client);
        const destroy = (reason) => destroyStream(client, reason);
        const onAbort = () => destroy(new Error('connection attempt cancelled'));
        signal?.addEventListener('abort', onAbort, { once: true });
        try {
            await client.connect();
            return client;
        }
        catch (e) {
            // A failure raised on our side (a token that could not be fetched, no password) leaves
            // the socket open until the server's authentication_timeout: close it now.
            destroy(new Error('connection attempt failed'));
            throw e;
        }
        finally {
            signal?.removeEventListener('abort', onAbort);
        }
    }
    async dispose() {
        const cloud = this.cloud;
        this.cloud = undefined;
        const plugin = await cloud?.catch(() => undefined);
        await plugin?.close();
    }
}
function destroyStream(client, reason) {
    client.connection?.stream?.destroy(reason);
}
function createPostgresProvider(settings, hooks) {
    return new PostgresProvider(settings, hooks);
}

;// CONCATENATED MODULE: ./src/connect/resolve-cloud.ts
const PASSWORD_METHODS = new Set(['', 'password', 'standard']);
function resolveCloudAuth(input, env, yaml, ep, problems) {
    const groups = [
        Boolean(input.azure || input.azureTenantId || input.azureClientId),
        Boolean(input.aws || input.awsRegion),
        Boolean(input.google || input.googleInstance),
    ];
    if (groups.filter(Boolean).length > 1) {
        problems.push('cannot use multiple cloud authentication methods; choose one of --azure, --aws, or --google');
        return { method: 'password' };
    }
    let method;
    if (input.azure)
        method = 'azure';
    else if (input.aws)
        method = 'aws';
    else if (input.google)
        method = 'google';
    else {
        method = (yaml.auth_method ?? '').trim().toLowerCase();
        if (!PASSWORD_METHODS.has(method) && !['azure', 'aws', 'google'].includes(method)) {
            problems.push(`unsupported auth_method "${yaml.auth_method}" in pgmi.yaml (valid: azure, aws, google, or password)`);
            return { method: 'password' };
        }
    }
    switch (method) {
        case 'azure':
            return {
                method: 'azure',
                tenantId: input.azureTenantId || env.AZURE_TENANT_ID || yaml.azure_tenant_id || undefined,
                clientId: input.azureClientId || env.AZURE_CLIENT_ID || yaml.azure_client_id || undefined,
                clientSecret: env.AZURE_CLIENT_SECRET || undefined,
                authorityHost: env.AZURE_AUTHORITY_HOST || undefined,
            };
        case 'aws': {
            const region = input.awsRegion || env.AWS_REGION || env.AWS_DEFAULT_REGION || yaml.aws_region || '';
            if (!region) {
                problems.push('AWS IAM auth requires region (use --aws-region or $AWS_REGION)');
            }
            if (!ep.userExplicit) {
                problems.push('AWS IAM auth requires username (-U): the database user the token is for');
            }
            return { method: 'aws', region };
        }
        case 'google': {
            const instance = input.googleInstance || yaml.google_instance || '';
            if (!instance) {
                problems.push('Google Cloud SQL IAM auth requires --google-instance (project:region:instance)');
            }
            else if (!/^[^:]+(:[^:]+){2,3}$/.test(instance)) {
                problems.push(`invalid --google-instance "${instance}" (expected project:region:instance)`);
            }
            if (!ep.userExplicit) {
                problems.push('Google Cloud SQL IAM auth requires username (-U): the IAM principal (a service account without ".gserviceaccount.com")');
            }
            return {
                method: 'google',
                instance,
                sqlAdminEndpoint: env.CLOUDSDK_API_ENDPOINT_OVERRIDES_SQL || undefined,
            };
        }
        default:
            return { method: 'password' };
    }
}

;// CONCATENATED MODULE: ./src/connect/ado-net.ts
/**
 * ADO.NET (Npgsql) connection strings: `Host=db;Port=5432;Database=app;Username=u;Password=p`.
 *
 * Hand-written because no maintained npm package parses Npgsql strings compatibly. Rules
 * (connections.md §5.2, decisions.md 11): pairs split on `;`; spaces around keys and unquoted
 * values trimmed; empty segments are skipped and a word without `=` is an error; a value wrapped in `'…'` or `"…"` may hold
 * `;` and `=`, a doubled quote inside means one literal quote, and anything after the closing
 * quote up to the next `;` is dropped. Keys are case-insensitive and spaces inside them do not
 * matter (`SSL Mode` = `SslMode`); enum values are case-insensitive (`SSL Mode=Require`).
 * Npgsql's client-only keys (`Pooling`, `Command Timeout`, …) are understood and ignored —
 * never forwarded to the server; an unknown key is an error, as it is in Npgsql.
 */

/** Splits an ADO.NET string into raw pairs (keys as written, values unquoted). */
function tokenizeAdoNet(text) {
    const pairs = [];
    let i = 0;
    let segment = 1;
    const n = text.length;
    while (i < n) {
        let keyEnd = i;
        while (keyEnd < n && text[keyEnd] !== '=' && text[keyEnd] !== ';')
            keyEnd++;
        const key = text.slice(i, keyEnd).trim();
        if (keyEnd >= n || text[keyEnd] === ';') {
            // An empty segment (`;;`, a trailing `;`) carries nothing. A word without `=` is an
            // error, as in Npgsql: skipping `Port` in `Host=h;Port;` would connect somewhere else.
            if (key !== '')
                throw new ConnectionStringError(segmentWithoutValue(key, segment));
            i = keyEnd + 1;
            segment++;
            continue;
        }
        let j = keyEnd + 1;
        while (j < n && (text[j] === ' ' || text[j] === '\t'))
            j++;
        let value;
        if (text[j] === "'" || text[j] === '"') {
            const quote = text[j];
            let v = '';
            j++;
            for (;;) {
                if (j >= n) {
                    throw new ConnectionStringError(`unterminated quoted value for key "${key}" (a ${quote} quote is never closed)`);
                }
                if (text[j] === quote) {
                    if (text[j + 1] === quote) {
                        v += quote;
                        j += 2;
                        continue;
                    }
                    j++;
                    break;
                }
                v += text[j++];
            }
            while (j < n && text[j] !== ';')
                j++;
            value = v;
        }
        else {
            let end = j;
            while (end < n && text[end] !== ';')
                end++;
            value = text.slice(j, end).trim();
            j = end;
        }
        if (key !== '')
            pairs.push({ key, value });
        i = j + 1;
        segment++;
    }
    return pairs;
}
/**
 * The message for a segment without `=`. It names the segment as written only when it is one of
 * the keys pgmi knows: anything else may be the tail of an unquoted password holding a `;`.
 */
function segmentWithoutValue(word, segment) {
    const norm = normalizeAdoKey(word);
    const known = norm in KEYS || CLIENT_ONLY.has(norm);
    const what = known ? `"${word}"` : `number ${segment}`;
    return `segment ${what} has no "=" (write Key=Value pairs separated by ";"; quote a value that holds ";")`;
}
/** `SSL Mode` → `sslmode`, `User_Id` → `userid`. */
function normalizeAdoKey(key) {
    return key.toLowerCase().replace(/[\s_-]+/g, '');
}
/** Npgsql enum spellings (`VerifyFull`, `verify_full`, `Require`) → libpq names. */
function normalizeAdoSslMode(value) {
    const k = value.toLowerCase().replace(/[\s_-]+/g, '');
    const map = {
        disable: 'disable',
        allow: 'allow',
        prefer: 'prefer',
        require: 'require',
        verifyca: 'verify-ca',
        verifyfull: 'verify-full',
    };
    return map[k] ?? value;
}
const KEYS = {
    host: 'host',
    server: 'host',
    port: 'port',
    database: 'database',
    initialcatalog: 'database',
    db: 'database',
    username: 'user',
    userid: 'user',
    uid: 'user',
    user: 'user',
    password: 'password',
    pwd: 'password',
    psw: 'password',
    sslmode: 'sslmode',
    sslcert: 'sslcert',
    sslcertificate: 'sslcert',
    sslkey: 'sslkey',
    sslrootcert: 'sslrootcert',
    rootcertificate: 'sslrootcert',
    sslpassword: 'sslpassword',
    applicationname: 'applicationName',
    timeout: 'timeout',
    connecttimeout: 'timeout',
    connectiontimeout: 'timeout',
    passfile: 'passfile',
    options: 'options',
    searchpath: 'search_path',
    timezone: 'TimeZone',
};
/** Npgsql keys that only steer the client (pooling, timeouts, buffers, auth plumbing). */
const CLIENT_ONLY = new Set([
    'pooling',
    'minpoolsize',
    'maxpoolsize',
    'minimumpoolsize',
    'maximumpoolsize',
    'connectionidlelifetime',
    'connectionpruninginterval',
    'connectionlifetime',
    'loadbalancetimeout',
    'commandtimeout',
    'internalcommandtimeout',
    'cancellationtimeout',
    'keepalive',
    'tcpkeepalive',
    'tcpkeepalivetime',
    'tcpkeepaliveinterval',
    'enlist',
    'maxautoprepare',
    'autoprepareminusages',
    'noresetonclose',
    'readbuffersize',
    'writebuffersize',
    'socketreceivebuffersize',
    'socketsendbuffersize',
    'includeerrordetail',
    'includeerrordetails',
    'logparameters',
    'persistsecurityinfo',
    'trustservercertificate',
    'checkcertificaterevocation',
    'servercompatibilitymode',
    'multiplexing',
    'writecoalescingbuffersize',
    'loadbalancehosts',
    'hostrecheckseconds',
    'targetsessionattributes',
    'kerberosservicename',
    'includerealm',
    'integratedsecurity',
    'arraynullabilitymode',
    'channelbinding',
    'gssencryptionmode',
    'requireauth',
    'sslnegotiation',
    'clientencoding',
    'encoding',
]);
function parseAdoNetString(text) {
    const out = emptyParsed('ado.net');
    const unknown = [];
    for (const { key, value } of tokenizeAdoNet(text)) {
        const norm = normalizeAdoKey(key);
        const field = KEYS[norm];
        if (!field) {
            if (CLIENT_ONLY.has(norm))
                out.ignoredKeys.push(key);
            else
                unknown.push(key);
            continue;
        }
        switch (field) {
            case 'port':
                out.port = parsePortValue(value.trim());
                break;
            case 'timeout':
                out.connectTimeoutSeconds = parseTimeoutValue(value, `${key}`);
                break;
            case 'sslmode':
                out.sslmode = normalizeAdoSslMode(value);
                break;
            case 'search_path':
            case 'TimeZone':
                if (value)
                    out.serverParams.push([field, value]);
                break;
            default:
                if (value !== '')
                    out[field] = value;
        }
    }
    if (unknown.length) {
        throw new ConnectionStringError(`unsupported key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} (keys are Npgsql's: Host, Port, Database, Username, Password, SSL Mode, …)`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/connect/uri.ts
/**
 * PostgreSQL URIs: `postgresql://[user[:password]@][host][:port][/database][?key=value&...]`.
 *
 * WHATWG `URL` splits the authority (IPv6 brackets, ports, the userinfo up to the LAST `@`);
 * the query is split by hand because `URLSearchParams` turns `+` into a space, which libpq
 * does not. Where libpq differs from a plain URL parser:
 * - the host may be a Unix-socket directory: percent-encoded in the authority
 *   (`postgresql://%2Fvar%2Frun%2Fpostgresql/db`) or given as `?host=/var/run/postgresql`;
 * - `host`, `port`, `user`, `password` and `dbname` may also be given as query keys and then
 *   override the authority (libpq processes the query last);
 * - multi-host lists (`h1,h2`) are a libpq feature pgmi does not support: rejected.
 */

/** libpq keywords that only steer the client; understood, never forwarded to the server. */
const uri_CLIENT_ONLY = new Set([
    'target_session_attrs',
    'load_balance_hosts',
    'keepalives',
    'keepalives_idle',
    'keepalives_interval',
    'keepalives_count',
    'tcp_user_timeout',
    'gssencmode',
    'gsslib',
    'gssdelegation',
    'krbsrvname',
    'channel_binding',
    'require_auth',
    'requiressl',
    'sslcompression',
    'sslcrl',
    'sslcrldir',
    'sslsni',
    'sslnegotiation',
    'sslcertmode',
    'ssl_min_protocol_version',
    'ssl_max_protocol_version',
    'requirepeer',
    'service',
    'hostaddr',
    'replication',
    'fallback_application_name',
    'client_encoding',
]);
function decode(part, what) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        throw new ConnectionStringError(`malformed percent-encoding in the ${what}`);
    }
}
function splitQuery(query) {
    const out = [];
    for (const piece of query.split('&')) {
        if (piece === '')
            continue;
        const eq = piece.indexOf('=');
        const rawKey = eq < 0 ? piece : piece.slice(0, eq);
        const key = decode(rawKey, 'query');
        const value = eq < 0 ? '' : decode(piece.slice(eq + 1), `value of query parameter "${key}"`);
        out.push([key, value]);
    }
    return out;
}
function parseUriString(text) {
    const out = emptyParsed('uri');
    const hashless = text.split('#')[0];
    const q = hashless.indexOf('?');
    const base = q < 0 ? hashless : hashless.slice(0, q);
    const query = q < 0 ? '' : hashless.slice(q + 1);
    let url;
    try {
        url = new URL(base);
    }
    catch {
        // The URL parser's own message quotes the input, so say only what is commonly wrong.
        const port = /^[a-z]+:\/\/(?:[^@/]*@)?(?:\[[^\]]*\]|[^:/?]*):([^/?]*)/i.exec(base)?.[1];
        if (port)
            parsePortValue(port);
        throw new ConnectionStringError('malformed URI (check the host and port, and percent-encode special characters such as @, :, / or % in the user name and password)');
    }
    if (url.hostname.includes(',')) {
        throw new ConnectionStringError('multiple hosts are not supported');
    }
    if (url.hostname) {
        const host = decode(url.hostname, 'host');
        out.host = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
    }
    if (url.port)
        out.port = parsePortValue(url.port);
    if (url.username)
        out.user = decode(url.username, 'user name');
    if (url.password)
        out.password = decode(url.password, 'password');
    const db = decode(url.pathname.replace(/^\//, ''), 'database name');
    if (db)
        out.database = db;
    const seen = new Set();
    for (const [rawKey, value] of splitQuery(query)) {
        const key = rawKey.toLowerCase();
        // Only the first value of a repeated key counts (upstream behaviour).
        if (seen.has(key))
            continue;
        seen.add(key);
        applyQueryKey(out, key, rawKey, value);
    }
    return out;
}
function applyQueryKey(out, key, rawKey, value) {
    switch (key) {
        case 'host':
            if (value.includes(','))
                throw new ConnectionStringError('multiple hosts are not supported');
            if (value)
                out.host = value;
            return;
        case 'port':
            out.port = parsePortValue(value);
            return;
        case 'user':
            out.user = value;
            return;
        case 'password':
            out.password = value;
            return;
        case 'dbname':
            out.database = value;
            return;
        case 'sslmode':
            out.sslmode = value;
            return;
        case 'sslcert':
        case 'sslkey':
        case 'sslrootcert':
        case 'sslpassword':
            if (value)
                out[key] = value;
            return;
        case 'application_name':
        case 'applicationname':
            out.applicationName = value;
            return;
        case 'connect_timeout':
        case 'connecttimeout':
            out.connectTimeoutSeconds = parseTimeoutValue(value, 'connect_timeout');
            return;
        case 'passfile':
            if (value)
                out.passfile = value;
            return;
        case 'options':
            out.options = value;
            return;
    }
    if (uri_CLIENT_ONLY.has(key)) {
        out.ignoredKeys.push(rawKey);
        return;
    }
    // Anything else is a server setting (as pgx does it): `?search_path=app` works.
    out.serverParams.push([rawKey, value]);
}

;// CONCATENATED MODULE: ./src/connect/connection-string.ts
/**
 * Connection strings as users write them: PostgreSQL URIs and ADO.NET (Npgsql) key/value
 * strings. Detection follows upstream pgmi: a `postgresql://`/`postgres://` prefix is a URI,
 * anything holding both `=` and `;` is ADO.NET, everything else is rejected (libpq's
 * `host=x dbname=y` keyword form included).
 */


/** A string that cannot be parsed. The message never contains the string (it may hold secrets). */
class ConnectionStringError extends Error {
}
function emptyParsed(format) {
    return { format, serverParams: [], ignoredKeys: [] };
}
function parseConnectionString(text) {
    const s = text.trim();
    if (s === '')
        throw new ConnectionStringError('connection string is empty');
    if (s.startsWith('postgresql://') || s.startsWith('postgres://'))
        return parseUriString(s);
    if (s.includes('=') && s.includes(';'))
        return parseAdoNetString(s);
    throw new ConnectionStringError('unrecognized connection string format');
}
/** Strict decimal integer (no sign, no spaces): ports, timeouts. */
function parseDecimal(value) {
    return /^[0-9]+$/.test(value) ? Number(value) : undefined;
}
function parsePortValue(value) {
    const n = parseDecimal(value);
    if (n === undefined || n < 1 || n > 65535) {
        throw new ConnectionStringError(`invalid port "${value}" (must be an integer 1-65535)`);
    }
    return n;
}
function parseTimeoutValue(value, key) {
    const n = parseDecimal(value.trim());
    if (n === undefined) {
        throw new ConnectionStringError(`invalid ${key} "${value}" (must be whole seconds, 0 or more)`);
    }
    return n;
}
/**
 * One server runtime parameter as a startup-options word: `-c name=value` with spaces and
 * backslashes escaped the way the server's option splitter expects.
 */
function runtimeOption(name, value) {
    return `-c ${`${name}=${value}`.replace(/([\\\s])/g, '\\$1')}`;
}

;// CONCATENATED MODULE: ./src/connect/resolve-endpoint.ts
/**
 * Where to connect and as whom: the two resolution paths of connections.md §3. Path A (a
 * connection string) takes host, port, user, database and sslmode from the string alone; path B
 * (granular) takes each field from flag > environment > pgmi.yaml > default. TLS file paths
 * combine with either path: flag > string > environment > pgmi.yaml.
 */



const VALID_MODES = SSL_MODES.join(', ');
function osUser(env) {
    if (env.USER)
        return env.USER;
    if (env.USERNAME)
        return env.USERNAME;
    try {
        return external_node_os_default().userInfo().username;
    }
    catch {
        return 'postgres';
    }
}
/** The first non-empty value with its origin label. */
function pick(...candidates) {
    for (const [value, origin] of candidates)
        if (value)
            return { value, origin };
    return undefined;
}
function connectionStringSource(input, env) {
    return pick([input.connection, '--connection'], [env.PGMI_CONNECTION_STRING, '$PGMI_CONNECTION_STRING'], [env.DATABASE_URL, '$DATABASE_URL']);
}
function flagPort(value, problems) {
    if (value === undefined || value === '' || value === 0 || value === '0')
        return undefined;
    const n = typeof value === 'number' ? value : parseDecimal(value.trim());
    if (n === undefined || !Number.isInteger(n) || n < 1 || n > 65535) {
        problems.push(`invalid --port flag "${String(value)}" (must be an integer 1-65535)`);
        return undefined;
    }
    return n;
}
function checkSslMode(value, origin, problems) {
    if (value === undefined || value === '')
        return undefined;
    if (isSslMode(value))
        return value;
    problems.push(origin === '--sslmode'
        ? `invalid --sslmode "${value}" (valid: ${VALID_MODES})`
        : `invalid sslmode "${value}" in ${origin} (valid: ${VALID_MODES})`);
    return undefined;
}
function connectTimeout(env, problems) {
    const raw = env.PGCONNECT_TIMEOUT;
    if (raw === undefined || raw === '')
        return undefined;
    const n = parseDecimal(raw);
    if (n === undefined) {
        problems.push(`invalid $PGCONNECT_TIMEOUT value '${raw}' (must be whole seconds, 0 or more)`);
    }
    return n;
}
function startupOptions(env, parsed) {
    const parts = [];
    const base = parsed?.options ?? env.PGOPTIONS;
    if (base)
        parts.push(base);
    for (const [k, v] of parsed?.serverParams ?? [])
        parts.push(runtimeOption(k, v));
    return parts.length ? parts.join(' ') : undefined;
}
function resolveEndpoint(input, env, yaml, problems, hints) {
    const str = connectionStringSource(input, env);
    const portFlag = flagPort(input.port, problems);
    const sslFlag = checkSslMode(input.sslmode, '--sslmode', problems);
    const timeout = connectTimeout(env, problems);
    if (str && (input.host || portFlag !== undefined || input.username || input.sslmode)) {
        problems.push('cannot specify both --connection and granular flags (-h, -p, -U)');
        hints.push('Use one of:', '  1. only the connection string:  --connection postgresql://user@host:5432/db', '  2. only granular flags:         -h host -p 5432 -U user -d db', `  3. unset ${str.origin === '--connection' ? 'the conflicting flags' : str.origin} when using granular flags`);
    }
    const tlsFiles = (parsed) => ({
        sslcert: pick([input.sslcert, '--sslcert'], [parsed?.sslcert, 'the connection string'], [env.PGSSLCERT, '$PGSSLCERT'], [yaml.sslcert, 'pgmi.yaml connection.sslcert']),
        sslkey: pick([input.sslkey, '--sslkey'], [parsed?.sslkey, 'the connection string'], [env.PGSSLKEY, '$PGSSLKEY'], [yaml.sslkey, 'pgmi.yaml connection.sslkey']),
        sslrootcert: pick([input.sslrootcert, '--sslrootcert'], [parsed?.sslrootcert, 'the connection string'], [env.PGSSLROOTCERT, '$PGSSLROOTCERT'], [yaml.sslrootcert, 'pgmi.yaml connection.sslrootcert']),
        sslpassword: parsed?.sslpassword || env.PGSSLPASSWORD || undefined,
    });
    if (str) {
        let parsed;
        try {
            parsed = parseConnectionString(str.value);
        }
        catch (e) {
            if (!(e instanceof ConnectionStringError))
                throw e;
            problems.push(`invalid connection string: ${e.message} (from ${str.origin})`);
        }
        const p = parsed;
        const sslmode = (p?.sslmode !== undefined
            ? checkSslMode(p.sslmode, `the connection string (${str.origin})`, problems)
            : checkSslMode(env.PGSSLMODE, '$PGSSLMODE', problems)) ?? 'prefer';
        const database = p?.database ?? 'postgres';
        const explicitUser = p?.user || env.PGUSER;
        return {
            fromString: true,
            host: p?.host || 'localhost',
            port: p?.port ?? 5432,
            user: explicitUser || osUser(env),
            userExplicit: Boolean(explicitUser),
            password: p?.password || env.PGPASSWORD || undefined,
            database,
            // The string's database doubles as the maintenance database unless it names the target.
            maintenanceFor: (dGiven) => (!dGiven && database !== 'postgres' ? 'postgres' : database),
            sslmode,
            ...tlsFiles(p),
            applicationName: p?.applicationName || 'pgmi',
            connectTimeoutSeconds: p?.connectTimeoutSeconds ?? timeout ?? 0,
            options: startupOptions(env, p),
            passfile: p?.passfile || env.PGPASSFILE || undefined,
            ignoredKeys: p?.ignoredKeys ?? [],
        };
    }
    let port = portFlag;
    if (port === undefined && env.PGPORT) {
        const n = parseDecimal(env.PGPORT);
        if (n === undefined || n < 1 || n > 65535) {
            problems.push(`invalid $PGPORT value '${env.PGPORT}' (must be an integer 1-65535)`);
        }
        else {
            port = n;
        }
    }
    if (port === undefined && yaml.port) {
        if (!Number.isInteger(yaml.port) || yaml.port < 1 || yaml.port > 65535) {
            problems.push(`invalid port ${yaml.port} in pgmi.yaml connection.port (must be 1-65535)`);
        }
        else {
            port = yaml.port;
        }
    }
    const sslmode = (input.sslmode
        ? sslFlag
        : env.PGSSLMODE
            ? checkSslMode(env.PGSSLMODE, '$PGSSLMODE', problems)
            : checkSslMode(yaml.sslmode, 'pgmi.yaml connection.sslmode', problems)) ?? 'prefer';
    const explicitUser = input.username || env.PGUSER || yaml.username;
    const database = env.PGDATABASE || yaml.database || undefined;
    return {
        fromString: false,
        host: input.host || env.PGHOST || yaml.host || 'localhost',
        port: port ?? 5432,
        user: explicitUser || osUser(env),
        userExplicit: Boolean(explicitUser),
        password: env.PGPASSWORD || undefined,
        database,
        // Decision: pgmi.yaml's maintenance_database is honoured whenever it is set (upstream
        // honours it only together with -d).
        maintenanceFor: () => yaml.maintenance_database || 'postgres',
        sslmode,
        ...tlsFiles(),
        applicationName: env.PGAPPNAME || 'pgmi',
        connectTimeoutSeconds: timeout ?? 0,
        options: startupOptions(env),
        passfile: env.PGPASSFILE || undefined,
        ignoredKeys: [],
    };
}

;// CONCATENATED MODULE: ./src/connect/resolve.ts
/**
 * Connection resolution: flags, environment, connection strings and pgmi.yaml → one structured
 * `ConnectionSettings` and a provider (connections.md §3–§8, decisions.md 2, 10–12).
 *
 * Precedence: flags > environment > pgmi.yaml > libpq defaults. A connection string
 * (`--connection`, else `$PGMI_CONNECTION_STRING`, else `$DATABASE_URL`) replaces the granular
 * sources for host, port, user, database and sslmode; TLS files and cloud settings still fall
 * back to the environment and pgmi.yaml. Everything is checked offline and every problem is
 * reported in one ConfigError (exit 10); nothing connects here.
 */








const DATABASE_HINTS = [
    'Provide it in one of three ways:',
    '  1. the -d flag:          pgmi deploy . -d mydb',
    '  2. a connection string:  pgmi deploy . --connection postgresql://user@host:5432/mydb',
    '  3. the environment:      PGDATABASE=mydb pgmi deploy .',
];
function homeOf(env) {
    return env.HOME || env.USERPROFILE || external_node_os_default().homedir();
}
/** Resolves and checks everything offline. Throws one ConfigError listing every problem. */
function resolveConnection(input, context) {
    const { env } = context;
    const yaml = context.yaml ?? {};
    const problems = [];
    const hints = [];
    const secret = (value) => {
        if (!value)
            return;
        (0,engine_redact/* registerSecret */.cl)(value);
        context.onSecret?.(value);
    };
    const ep = resolveEndpoint(input, env, yaml, problems, hints);
    const cloud = resolveCloudAuth(input, env, yaml, ep, problems);
    const database = input.database || ep.database || '';
    if (!database) {
        problems.push('database name is required');
        hints.push(...DATABASE_HINTS);
    }
    const maintenanceDatabase = ep.maintenanceFor(Boolean(input.database));
    let waitMs = 0;
    if (input.waitMs !== undefined) {
        if (!Number.isFinite(input.waitMs) || input.waitMs < 0) {
            problems.push(`invalid --wait value ${String(input.waitMs)} (must be a duration of 0 or more)`);
        }
        else {
            waitMs = input.waitMs;
        }
    }
    const home = homeOf(env);
    const tls = loadTlsMaterial({
        sslmode: ep.sslmode,
        sslcert: ep.sslcert,
        sslkey: ep.sslkey,
        sslrootcert: ep.sslrootcert,
        sslpassword: ep.sslpassword,
        home,
    }, problems);
    if (problems.length) {
        const message = problems.length === 1
            ? `invalid configuration: ${problems[0]}`
            : `invalid configuration: ${problems.length} problems with the connection settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`;
        throw new engine_errors.ConfigError(message, { hints });
    }
    for (const key of ep.ignoredKeys) {
        context.onWarning?.(`connection string key "${key}" only steers the client and is not used by pgmi; it is not sent to the server`);
    }
    const settings = {
        host: ep.host,
        port: ep.port,
        user: ep.user,
        password: cloud.method === 'password' ? ep.password : undefined,
        passfile: ep.passfile ?? defaultPassfile(env, home),
        sslmode: cloud.method === 'google' ? 'disable' : tls.sslmode,
        ...tls.paths,
        tls: tls.material,
        applicationName: ep.applicationName,
        connectTimeoutSeconds: ep.connectTimeoutSeconds,
        options: ep.options,
        auth: cloud,
        waitMs,
    };
    secret(settings.password);
    secret(ep.sslpassword);
    if (cloud.method === 'azure')
        secret(cloud.clientSecret);
    const provider = createPostgresProvider(settings, {
        onSecret: secret,
        onWarning: context.onWarning,
    });
    return {
        provider,
        database,
        maintenanceDatabase,
        summary: summarize(settings, database, maintenanceDatabase),
        settings,
    };
}
function authLabel(s) {
    switch (s.auth.method) {
        case 'azure':
            return 'Azure Entra ID';
        case 'aws':
            return `AWS RDS IAM (region ${s.auth.region})`;
        case 'google':
            return `Google Cloud SQL IAM (instance ${s.auth.instance})`;
        default:
            return 'password';
    }
}
/** Lines for `--verbose`: never a password, token or passphrase. */
function summarize(s, database, maintenance) {
    const google = s.auth.method === 'google';
    const lines = [
        ...(google
            ? [`Host: Cloud SQL instance ${s.auth.method === 'google' ? s.auth.instance : ''}`]
            : [`Host: ${s.host}`, `Port: ${s.port}`]),
        `User: ${s.user}`,
        `Target Database: ${database}`,
        `Maintenance Database: ${maintenance}`,
        `SSL Mode: ${google ? 'TLS 1.3 by the Cloud SQL connector' : s.sslmode}`,
    ];
    if (s.sslcert)
        lines.push(`SSL Cert: ${s.sslcert}`);
    if (s.sslkey)
        lines.push(`SSL Key: ${s.sslkey}`);
    if (s.sslrootcert)
        lines.push(`SSL Root Cert: ${s.sslrootcert}`);
    lines.push(`Auth Method: ${authLabel(s)}`);
    if (s.waitMs)
        lines.push(`Wait: up to ${Math.round(s.waitMs / 1000)}s for the server`);
    return lines;
}

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function js_yaml_pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = (/* unused pure expression or super */ null && (-1));
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, js_yaml_pick(opts, PARSER_OPT_KEYS)), {
		...js_yaml_pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: options.noRefs ?? false,
		skipInvalid: options.skipInvalid ?? false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = {
		...DEFAULT_PRESENTER_OPTIONS,
		...options
	};
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return {
		...opts,
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	};
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = ctx.compact ?? false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = {
	...DEFAULT_PRESENTER_OPTIONS,
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
};
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = {
		...DEFAULT_DUMP_OPTIONS,
		...options
	};
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, {
		...js_yaml_pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
		schema: opts.schema
	});
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = (/* unused pure expression or super */ null && (-1));
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion


//# sourceMappingURL=js-yaml.mjs.map
;// CONCATENATED MODULE: ./src/engine/project/dotenv.ts
/**
 * The project `.env`, in the dialect of Go godotenv 1.5.1 (what upstream pgmi reads), so one
 * `.env` behaves the same with either tool. Hand-written rather than `dotenv`/`dotenv-expand`:
 * those differ on key characters (`.`), the `:` separator, comment, quote and escape rules and
 * variable expansion.
 *
 * All or nothing: one bad line discards the file. The warning names the path and the rule, never
 * the parser's message, which would quote the file (credentials).
 */



class DotenvSyntaxError extends Error {
    name = 'DotenvSyntaxError';
    /** 1-based line of the statement at fault. */
    line;
}
/**
 * Bound on one expanded value, and on all of them together: variables that expand each other
 * (`B=$A$A$A`, `C=$B$B$B`, …) grow exponentially, and a few hundred bytes would otherwise take
 * gigabytes. 128 KiB is also Linux's limit for one environment string (MAX_ARG_STRLEN).
 */
const MAX_DOTENV_VALUE = 128 * 1024;
const MAX_DOTENV_TOTAL = 1024 * 1024;
const dotenv_LF = 0x0a;
const dotenv_CR = 0x0d;
const HASH = 0x23;
const dotenv_BACKSLASH = 0x5c;
/** godotenv's `isSpace` (spaces that are not line breaks) as a byte length at `i`: 1, 2 or 0. */
function inlineSpaceLength(src, i) {
    const b = src[i];
    if (b === 0x09 || b === 0x0b || b === 0x0c || b === dotenv_CR || b === 0x20)
        return 1;
    return b === 0xc2 && (src[i + 1] === 0x85 || src[i + 1] === 0xa0) ? 2 : 0;
}
function isInlineSpaceChar(ch) {
    return /^[\t\v\f\r \u0085\u00a0]$/.test(ch);
}
function skipInlineSpaces(src, i) {
    for (let w = inlineSpaceLength(src, i); w > 0; w = inlineSpaceLength(src, i))
        i += w;
    return i;
}
/**
 * Whether a key byte is accepted. godotenv converts each key *byte* to a rune, so bytes >= 0x80
 * are judged as Latin-1 characters: letters and numbers pass, others (a BOM's 0xBB) fail; 0x85
 * and 0xA0 count as spaces.
 */
function keyByteKind(b) {
    if (b === 0x09 ||
        b === 0x0b ||
        b === 0x0c ||
        b === dotenv_CR ||
        b === 0x20 ||
        b === 0x85 ||
        b === 0xa0) {
        return 'space';
    }
    const lower = b | 0x20;
    if ((b >= 0x30 && b <= 0x39) || (lower >= 0x61 && lower <= 0x7a) || b === 0x2e || b === 0x5f) {
        return 'ok';
    }
    const latin1Alnum = b === 0xaa || b === 0xb5 || b === 0xba || b === 0xb2 || b === 0xb3 || b === 0xb9 ||
        (b >= 0xbc && b <= 0xbe) || (b >= 0xc0 && b !== 0xd7 && b !== 0xf7); // prettier-ignore
    return latin1Alnum ? 'ok' : 'bad';
}
const EXPAND = /(\\)?(\$)(\()?\{?([A-Z0-9_]+)?\}?/g;
function expandVariables(value, vars, env) {
    let size = value.length;
    return value.replace(EXPAND, (match, escaped, ...groups) => {
        // godotenv compares the `$` group with "(" (never true), so only `\$…` stays unexpanded.
        if (escaped === '\\')
            return match.slice(1);
        const name = groups[2];
        if (!name)
            return match;
        const out = vars.get(name) ?? env[name] ?? '';
        size += out.length - match.length;
        if (size > MAX_DOTENV_VALUE) {
            throw new DotenvSyntaxError(`variable expansion makes a value longer than ${MAX_DOTENV_VALUE / 1024} KiB`);
        }
        return out;
    });
}
function expandEscapes(value) {
    // Go's `.` excludes only \n; `[^$]` matches line breaks too.
    const out = value.replace(/\\[^\n]/g, (m) => (m === '\\n' ? '\n' : m === '\\r' ? '\r' : m));
    return out.replace(/\\([^$])/g, '$1');
}
function trimRightGoSpace(s) {
    let end = s.length;
    while (end > 0 && (0,go_text/* isGoSpace */.F5)(s.charCodeAt(end - 1)))
        end--;
    return s.slice(0, end);
}
/** Byte-exact `bytes.Replace`: latin1 maps every byte to one UTF-16 unit and back. */
function replaceBytes(src, from, to) {
    const text = src.toString('latin1');
    return text.includes(from) ? Buffer.from(text.split(from).join(to), 'latin1') : src;
}
/**
 * Parses `.env` content as godotenv 1.5.1 does; later duplicates win. `env` is consulted when
 * expanding `$VAR` that the file itself has not defined. Throws {@link DotenvSyntaxError}.
 */
function parseDotenv(bytes, env = {}) {
    // Same order as godotenv: YAML document markers, then CRLF.
    const src = replaceBytes(replaceBytes(Buffer.from(bytes), '---\n', '\n'), '\r\n', '\n');
    const n = src.length;
    const vars = new Map();
    let pos = 0;
    let statement = 0;
    let total = 0;
    try {
        for (;;) {
            // Start of a statement: skip Unicode spaces and whole `#` lines.
            for (;;) {
                for (let w = (0,go_text/* goSpaceLength */.Pc)(src, pos, n); pos < n && w > 0; w = (0,go_text/* goSpaceLength */.Pc)(src, pos, n))
                    pos += w;
                if (pos >= n)
                    return vars;
                if (src[pos] !== HASH)
                    break;
                const nl = src.indexOf(dotenv_LF, pos);
                if (nl < 0)
                    return vars;
                pos = nl;
            }
            // Key: an optional `export ` prefix, then everything up to `=` or `:`.
            statement = pos;
            pos = skipInlineSpaces(src, pos);
            if (src.toString('latin1', pos, pos + 6) === 'export' &&
                inlineSpaceLength(src, pos + 6) > 0) {
                pos = skipInlineSpaces(src, pos + 6);
            }
            let sep = -1;
            for (let j = pos; j < n; j++) {
                const b = src[j];
                if (b === 0x3d || b === 0x3a) {
                    sep = j;
                    break;
                }
                if (keyByteKind(b) === 'bad')
                    throw new DotenvSyntaxError('unexpected character in variable name');
            }
            // A last line with no separator parses as an empty-named entry, which is then never applied.
            const key = sep < 0 ? '' : trimRightGoSpace(src.toString('utf8', pos, sep));
            pos = skipInlineSpaces(src, sep < 0 ? pos : sep + 1);
            let value;
            const quote = src[pos];
            if (quote === 0x22 || quote === 0x27) {
                let end = -1;
                for (let m = pos + 1; m < n; m++) {
                    if (src[m] === quote && src[m - 1] !== dotenv_BACKSLASH) {
                        end = m;
                        break;
                    }
                }
                if (end < 0)
                    throw new DotenvSyntaxError('unterminated quoted value');
                let a = pos;
                let z = end;
                while (a < z && src[a] === quote)
                    a++;
                while (z > a && src[z - 1] === quote)
                    z--;
                value = src.toString('utf8', a, z);
                if (quote === 0x22)
                    value = expandVariables(expandEscapes(value), vars, env);
                pos = end + 1;
            }
            else {
                let eol = pos;
                while (eol < n && src[eol] !== dotenv_LF && src[eol] !== dotenv_CR)
                    eol++;
                const chars = [...src.toString('utf8', pos, eol)];
                let end = chars.length;
                // The last `#` preceded by a space starts an inline comment.
                for (let c = chars.length - 1; c > 0; c--) {
                    if (chars[c] === '#' && isInlineSpaceChar(chars[c - 1])) {
                        end = c;
                        break;
                    }
                }
                let a = 0;
                while (a < end && isInlineSpaceChar(chars[a]))
                    a++;
                while (end > a && isInlineSpaceChar(chars[end - 1]))
                    end--;
                value = expandVariables(chars.slice(a, end).join(''), vars, env);
                pos = eol;
            }
            vars.set(key, value);
            total += value.length;
            if (total > MAX_DOTENV_TOTAL) {
                throw new DotenvSyntaxError(`values longer than ${MAX_DOTENV_TOTAL / 1024 / 1024} MiB in all`);
            }
            if (pos >= n)
                return vars;
        }
    }
    catch (err) {
        if (err instanceof DotenvSyntaxError)
            err.line = lineAt(src, statement);
        throw err;
    }
}
function lineAt(src, offset) {
    let line = 1;
    for (let i = src.indexOf(dotenv_LF); i >= 0 && i < offset; i = src.indexOf(dotenv_LF, i + 1))
        line++;
    return line;
}
/**
 * Loads `<projectRoot>/.env` into `env` without replacing variables that are already set (even
 * to ''). A missing file is silent; an unreadable or unparsable one yields a warning and changes
 * nothing.
 */
function loadProjectEnv(projectRoot, env) {
    const path = (0,external_node_path_.join)(projectRoot, '.env');
    let vars;
    try {
        vars = parseDotenv((0,external_node_fs_.readFileSync)(path), env);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { applied: [] };
        // The rule broken and its line, never the content (a value may be a credential).
        const where = err instanceof DotenvSyntaxError && err.line !== undefined
            ? ` (line ${err.line}: ${err.message})`
            : '';
        return {
            applied: [],
            warning: `WARNING: ${path} could not be parsed${where}, so none of its values were applied.\n` +
                'Every line must be KEY=VALUE, a # comment, or blank.',
        };
    }
    const applied = [];
    for (const [key, value] of vars) {
        // What the OS refuses to set (Go's os.Setenv fails silently on these).
        if (key === '' || key.includes('\0') || value.includes('\0'))
            continue;
        if (Object.prototype.hasOwnProperty.call(env, key))
            continue;
        env[key] = value;
        applied.push(key);
    }
    return { applied };
}

;// CONCATENATED MODULE: ./src/engine/project/config.ts
/**
 * `<project>/pgmi.yaml`, read strictly as upstream's yaml.v3 decoder with known-fields does:
 * unknown keys at any level, duplicate keys, and type mismatches are errors (exit 10).
 *
 * Scalars must keep their literal text (`1.50` stays "1.50", `0x1F` stays "0x1F", `yes` stays
 * "yes"), which a schema-resolving loader loses. So we take js-yaml's event stream
 * (`parseEvents`), which keeps every scalar's source offsets and style, and build the few shapes
 * we accept from it ourselves: that gives the exact text (`getScalarValue` decodes quoting and
 * escapes), anchors/aliases and merge keys, and line numbers for every error.
 */






class YamlShapeError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/**
 * Bounds on a file that is a few lines long in practice, so a hostile one fails fast with a
 * clear message. js-yaml bounds nesting itself (maxDepth 100).
 */
const MAX_ALIASES = 1000;
const MAX_PGMI_YAML_BYTES = 1024 * 1024;
/** Builds a node tree for the first document from the event stream; aliases resolve to the anchor. */
function firstDocument(source, events) {
    let pos = events.findIndex((e) => e.type === EVENT_ID.DOCUMENT) + 1;
    if (pos === 0)
        return undefined;
    const anchors = new Map();
    const slice = (start, end) => (start < 0 ? '' : source.slice(start, end));
    let aliases = 0;
    const read = () => {
        const e = events[pos++];
        switch (e.type) {
            case EVENT_ID.SCALAR: {
                const node = {
                    kind: 'scalar',
                    text: getScalarValue(source, e),
                    plain: e.style === SCALAR_STYLE.PLAIN,
                    tag: slice(e.tagStart, e.tagEnd),
                    offset: Math.max(e.valueStart, 0),
                };
                const anchor = slice(e.anchorStart, e.anchorEnd);
                if (anchor)
                    anchors.set(anchor, node);
                return node;
            }
            case EVENT_ID.SEQUENCE: {
                const items = [];
                const node = { kind: 'seq', items, offset: e.start };
                const anchor = slice(e.anchorStart, e.anchorEnd);
                if (anchor)
                    anchors.set(anchor, node);
                for (let item = read(); item; item = read())
                    items.push(item);
                return node;
            }
            case EVENT_ID.MAPPING: {
                const pairs = [];
                const node = { kind: 'map', pairs, offset: e.start };
                const anchor = slice(e.anchorStart, e.anchorEnd);
                if (anchor)
                    anchors.set(anchor, node);
                for (let key = read(); key; key = read())
                    pairs.push([key, read()]);
                return node;
            }
            case EVENT_ID.ALIAS: {
                if (++aliases > MAX_ALIASES) {
                    throw new YamlShapeError(`more than ${MAX_ALIASES} aliases (*name); pgmi.yaml needs few, if any`, e.anchorStart);
                }
                const name = slice(e.anchorStart, e.anchorEnd);
                const target = anchors.get(name);
                if (!target)
                    throw new YamlShapeError(`unknown anchor '${name}' referenced`, e.anchorStart);
                return target;
            }
            default:
                return undefined; // POP: the end of a collection or of the document
        }
    };
    return read();
}
function isNull(n) {
    return (n.kind === 'scalar' &&
        (n.tag === '!!null' || (n.plain && n.tag === '' && /^(~|null|Null|NULL|)$/.test(n.text))));
}
function config_describe(n) {
    if (n.kind === 'seq')
        return '!!seq';
    if (n.kind === 'map')
        return '!!map';
    return `!!str \`${n.text}\``;
}
/**
 * Merged entries of each mapping, computed once: aliases share nodes, so without this a few
 * hundred bytes of nested `<<: [*a, *a, …]` would cost exponential time. `null` marks a mapping
 * whose merge is in progress, so one that merges itself is an error, not a stack overflow.
 */
const mergedEntries = new WeakMap();
/** Pairs of a mapping with `<<` merge keys applied and duplicate keys rejected. */
function mappingEntries(node, where) {
    if (node.kind !== 'map') {
        throw new YamlShapeError(`cannot unmarshal ${config_describe(node)} into ${where}`, node.offset);
    }
    const known = mergedEntries.get(node);
    if (known)
        return known;
    if (known === null) {
        throw new YamlShapeError(`a merge key (<<) refers to a mapping that contains it (a cycle through an alias)`, node.offset);
    }
    mergedEntries.set(node, null);
    try {
        const entries = ownAndMergedEntries(node, where);
        mergedEntries.set(node, entries);
        return entries;
    }
    catch (err) {
        mergedEntries.delete(node);
        throw err;
    }
}
function ownAndMergedEntries(node, where) {
    const own = new Map();
    const merged = new Map();
    for (const [key, value] of node.pairs) {
        if (key.kind !== 'scalar') {
            throw new YamlShapeError(`invalid map key in ${where}: ${config_describe(key)}`, key.offset);
        }
        if (key.plain && key.tag === '' && key.text === '<<') {
            const sources = value.kind === 'seq' ? value.items : [value];
            for (const src of sources) {
                for (const [k, pair] of mappingEntries(src, where))
                    if (!merged.has(k))
                        merged.set(k, pair);
            }
            continue;
        }
        const name = isNull(key) ? '' : key.text;
        if (own.has(name)) {
            throw new YamlShapeError(`mapping key ${JSON.stringify(name)} already defined`, key.offset);
        }
        own.set(name, [key, value]);
    }
    for (const [k, pair] of merged)
        if (!own.has(k))
            own.set(k, pair);
    return own;
}
/** Any scalar as its literal text (yaml.v3 decodes every scalar into a string field that way). */
function stringOf(node, where) {
    if (isNull(node))
        return undefined;
    if (node.kind !== 'scalar') {
        throw new YamlShapeError(`cannot unmarshal ${config_describe(node)} into ${where} (string)`, node.offset);
    }
    return node.text;
}
const INT = /^[-+]?(0|[1-9][0-9_]*|0[0-7_]+|0b[01_]+|0o[0-7_]+|0x[0-9a-fA-F_]+)$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$/;
/** A YAML number (quoted strings are not numbers); floats truncate toward zero as in yaml.v3. */
function portOf(node) {
    if (isNull(node))
        return undefined;
    const numericTag = node.kind === 'scalar' && (node.tag === '!!int' || node.tag === '!!float');
    if (node.kind === 'scalar' && ((node.plain && node.tag === '') || numericTag)) {
        const text = node.text.replace(/_/g, '');
        if (INT.test(node.text)) {
            const sign = text.startsWith('-') ? -1 : 1;
            const digits = text.replace(/^[-+]/, '');
            const value = /^0[0-7]+$/.test(digits)
                ? parseInt(digits, 8)
                : digits.startsWith('0o')
                    ? parseInt(digits.slice(2), 8)
                    : Number(digits);
            if (Number.isSafeInteger(value))
                return sign * value;
        }
        else if (FLOAT.test(node.text)) {
            return Math.trunc(Number(text));
        }
    }
    throw new YamlShapeError(`cannot unmarshal ${config_describe(node)} into connection.port (int)`, node.offset);
}
/** The `connection:` keys, in the order of the format's table (also the order files are written in). */
const CONNECTION_KEYS = [
    'host',
    'port',
    'username',
    'database',
    'maintenance_database',
    'sslmode',
    'sslcert',
    'sslkey',
    'sslrootcert',
    'auth_method',
    'azure_tenant_id',
    'azure_client_id',
    'aws_region',
    'google_instance',
];
const TOP_KEYS = ['connection', 'params', 'timeout', 'lock_wait', 'targets', 'targets_query'];
function unknownKey(key, name, where, known) {
    throw new YamlShapeError(`unknown key ${JSON.stringify(name)} in ${where} (known keys: ${known.join(', ')})`, key.offset);
}
function readConnection(node) {
    if (isNull(node))
        return undefined;
    const out = {};
    for (const [name, [key, value]] of mappingEntries(node, 'connection')) {
        if (!CONNECTION_KEYS.includes(name)) {
            unknownKey(key, name, 'connection', CONNECTION_KEYS);
        }
        if (name === 'port') {
            const port = portOf(value);
            if (port !== undefined)
                out.port = port;
            continue;
        }
        const text = stringOf(value, `connection.${name}`);
        if (text !== undefined)
            out[name] = text;
    }
    return out;
}
function readParams(node) {
    if (isNull(node))
        return undefined;
    const out = Object.create(null);
    for (const [name, [, value]] of mappingEntries(node, 'params')) {
        if (value.kind !== 'scalar') {
            throw new YamlShapeError(`params.${name} must be a single value, not a ${value.kind === 'map' ? 'map' : 'list'}`, value.offset);
        }
        out[name] = isNull(value) ? '' : value.text;
    }
    return out;
}
function readTargets(node) {
    if (isNull(node))
        return undefined;
    if (node.kind !== 'seq') {
        throw new YamlShapeError('targets must be a list of database names', node.offset);
    }
    return node.items.map((item, i) => {
        if (item.kind !== 'scalar' || isNull(item)) {
            throw new YamlShapeError(`targets[${i}] must be a database name`, item.offset);
        }
        return item.text;
    });
}
function lineOf(source, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < source.length; i++)
        if (source.charCodeAt(i) === 10)
            line++;
    return line;
}
/** Parses pgmi.yaml text (strict). `path` is only used in messages. */
function parsePgmiYaml(text, path) {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const fail = (detail, cause) => new engine_errors.ConfigError(`invalid configuration: failed to load pgmi.yaml: parse ${path}: ${detail}`, {
        cause,
    });
    if (Buffer.byteLength(source, 'utf8') > MAX_PGMI_YAML_BYTES) {
        throw fail(`larger than ${MAX_PGMI_YAML_BYTES / 1024 / 1024} MiB; pgmi.yaml holds settings only`);
    }
    let root;
    try {
        root = firstDocument(source, parseEvents(source, { filename: path }));
        if (!root || isNull(root))
            return {};
        const config = {};
        for (const [name, [key, value]] of mappingEntries(root, 'pgmi.yaml')) {
            if (name === 'connection') {
                const connection = readConnection(value);
                if (connection)
                    config.connection = connection;
            }
            else if (name === 'params') {
                const params = readParams(value);
                if (params)
                    config.params = params;
            }
            else if (name === 'timeout') {
                const timeout = stringOf(value, 'timeout');
                if (timeout !== undefined)
                    config.timeout = timeout;
            }
            else if (name === 'lock_wait') {
                const lockWait = stringOf(value, 'lock_wait');
                if (lockWait !== undefined)
                    config.lockWait = lockWait;
            }
            else if (name === 'targets') {
                const targets = readTargets(value);
                if (targets)
                    config.targets = targets;
            }
            else if (name === 'targets_query') {
                const query = stringOf(value, 'targets_query');
                if (query !== undefined)
                    config.targets_query = query;
            }
            else
                unknownKey(key, name, 'pgmi.yaml', TOP_KEYS);
        }
        return config;
    }
    catch (err) {
        if (err instanceof YamlShapeError) {
            throw fail(`line ${lineOf(source, err.offset)}: ${err.message}`, err);
        }
        const reason = err.reason;
        const mark = err.mark;
        if (typeof reason === 'string' && mark) {
            throw fail(`line ${mark.line + 1}, column ${mark.column + 1}: ${reason}`, err);
        }
        throw fail((0,engine_errors/* messageOf */.bD)(err), err);
    }
}
/** `<projectRoot>/pgmi.yaml`; undefined when the file does not exist. */
function loadPgmiYaml(projectRoot) {
    const path = (0,external_node_path_.join)(projectRoot, 'pgmi.yaml');
    let bytes;
    try {
        // Checked before reading: a huge file is refused without being loaded into memory.
        if ((0,external_node_fs_.statSync)(path).size > MAX_PGMI_YAML_BYTES) {
            throw new engine_errors.ConfigError(`invalid configuration: failed to load pgmi.yaml: parse ${path}: larger than ${MAX_PGMI_YAML_BYTES / 1024 / 1024} MiB; pgmi.yaml holds settings only`);
        }
        bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch (err) {
        if (err instanceof engine_errors.ConfigError)
            throw err;
        if (err.code === 'ENOENT')
            return undefined;
        throw new engine_errors.ConfigError(`invalid configuration: failed to load pgmi.yaml: read ${path}: ${(0,engine_errors/* messageOf */.bD)(err)}`, { cause: err });
    }
    const invalid = (0,go_text/* firstInvalidUtf8 */.vE)(bytes);
    if (invalid >= 0) {
        throw new engine_errors.ConfigError(`invalid configuration: failed to load pgmi.yaml: parse ${path}: not valid UTF-8 (first invalid byte at offset ${invalid})`);
    }
    return parsePgmiYaml(bytes.toString('utf8'), path);
}

;// CONCATENATED MODULE: ./src/engine/project/duration.ts
/**
 * Timeouts: Go `time.ParseDuration` syntax and pgmi's precedence (`--timeout` > pgmi.yaml > 3m).
 *
 * Hand-written: the syntax (`1h30m`, `1.5h`, `µs`, a bare `0`, a missing unit being an error) and
 * the error texts are Go's, which users see in pgmi.yaml errors; no npm duration parser follows
 * them (most accept bare numbers or `1 hour`). Arithmetic is done in BigInt nanoseconds like Go's
 * uint64, so overflow is detected exactly.
 */


/** A value Go's `time.ParseDuration` rejects; the message is Go's. */
class InvalidDurationError extends Error {
    name = 'InvalidDurationError';
}
const NS_PER_MS = 1000000n;
const MAX_NS = 1n << 63n;
const UNITS = {
    ns: 1n,
    us: 1000n,
    µs: 1000n, // U+00B5 micro sign
    μs: 1000n, // U+03BC Greek mu
    ms: 1000000n,
    s: 1000000000n,
    m: 60000000000n,
    h: 3600000000000n,
};
/** Longer than any duration a person writes (`2562047h47m16.854775807s` is 24). */
const MAX_DURATION_LENGTH = 256;
const duration_isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
/** Parses a Go duration; returns milliseconds (fractional below 1 ms). */
function parseDuration(text) {
    if (text.length > MAX_DURATION_LENGTH) {
        // No duration is this long; quoting all of it (Go would) costs time and a screenful.
        throw new InvalidDurationError(`time: invalid duration ${(0,go_text/* goTimeQuote */.K5)(text.slice(0, 32))}… (${text.length} characters)`);
    }
    const invalid = () => new InvalidDurationError(`time: invalid duration ${(0,go_text/* goTimeQuote */.K5)(text)}`);
    let s = text;
    let neg = false;
    if (s !== '' && (s[0] === '-' || s[0] === '+')) {
        neg = s[0] === '-';
        s = s.slice(1);
    }
    if (s === '0')
        return 0;
    if (s === '')
        throw invalid();
    let total = 0n;
    while (s !== '') {
        if (!(s[0] === '.' || duration_isDigit(s[0])))
            throw invalid();
        let i = 0;
        while (duration_isDigit(s[i]))
            i++;
        const intPart = s.slice(0, i);
        let fracPart = '';
        if (s[i] === '.') {
            let j = i + 1;
            while (duration_isDigit(s[j]))
                j++;
            fracPart = s.slice(i + 1, j);
            i = j;
        }
        if (intPart === '' && fracPart === '')
            throw invalid();
        s = s.slice(i);
        let u = 0;
        while (u < s.length && s[u] !== '.' && !duration_isDigit(s[u]))
            u++;
        if (u === 0) {
            throw new InvalidDurationError(`time: missing unit in duration ${(0,go_text/* goTimeQuote */.K5)(text)}`);
        }
        const unitName = s.slice(0, u);
        s = s.slice(u);
        const unit = UNITS[unitName];
        if (unit === undefined) {
            throw new InvalidDurationError(`time: unknown unit ${(0,go_text/* goTimeQuote */.K5)(unitName)} in duration ${(0,go_text/* goTimeQuote */.K5)(text)}`);
        }
        const v = intPart === '' ? 0n : BigInt(intPart);
        if (v > MAX_NS / unit)
            throw invalid();
        let part = v * unit;
        if (fracPart !== '') {
            // Go scales the fraction in float64 and truncates; only the first 19 digits are significant.
            const digits = fracPart.slice(0, 19);
            const f = Number(digits);
            if (f > 0)
                part += BigInt(Math.trunc(f * (Number(unit) / 10 ** digits.length)));
            if (part > MAX_NS)
                throw invalid();
        }
        total += part;
        if (total > MAX_NS)
            throw invalid();
    }
    if (!neg && total > MAX_NS - 1n)
        throw invalid();
    const ms = Number(total / NS_PER_MS) + Number(total % NS_PER_MS) / 1e6;
    return neg ? -ms : ms;
}
const duration_DEFAULT_TIMEOUT_MS = 3 * 60 * 1000;
/**
 * A duration from a flag or pgmi.yaml, in milliseconds: an explicit flag wins and then pgmi.yaml's
 * value is not even parsed; else a non-empty pgmi.yaml value; else the default. A bad flag is
 * pflag's usage error (exit 2), a bad pgmi.yaml value a configuration error (exit 10).
 */
function resolveDurationSetting(input, setting) {
    let ms = setting.defaultMs;
    const flagGiven = input.flag !== undefined && !(setting.emptyFlagIsAbsent === true && input.flag === '');
    if (flagGiven) {
        try {
            ms = parseDuration(input.flag);
        }
        catch (err) {
            // pflag's wording for a flag value it cannot parse (exit 2).
            throw new engine_errors/* UsageError */.eb(`invalid argument ${JSON.stringify(input.flag)} for "${setting.flag}" flag: ${err.message}`, { cause: err });
        }
    }
    else if (input.yaml !== undefined && input.yaml !== '') {
        try {
            ms = parseDuration(input.yaml);
        }
        catch (err) {
            throw new engine_errors.ConfigError(`invalid configuration: invalid ${setting.yamlKey} in pgmi.yaml: ${err.message}`, { cause: err, hints: [`Use a Go duration such as ${setting.hint}.`] });
        }
    }
    if (ms < 0)
        throw new engine_errors.ConfigError(`invalid configuration: ${setting.what} cannot be negative`);
    return ms;
}
/**
 * The effective timeout in milliseconds (0 = no limit): an explicit `--timeout` wins and then
 * pgmi.yaml's value is not even parsed; else a non-empty pgmi.yaml `timeout`; else 3 minutes.
 */
function resolveTimeout(input) {
    return resolveDurationSetting(input, {
        flag: '--timeout',
        yamlKey: 'timeout',
        what: 'timeout',
        hint: '90s, 5m or 1h30m (0 = no limit)',
        defaultMs: duration_DEFAULT_TIMEOUT_MS,
    });
}

;// CONCATENATED MODULE: ./src/inputs/lock-wait.ts
/**
 * `--lock-wait` (Action input `lock-wait`, pgmi.yaml `lock_wait`): how long a deploy queues
 * behind a concurrent one for the deploy lock. An explicit value wins; pgmi.yaml's is only
 * parsed when there is none; the default 0 keeps exit 15 at once.
 */

function resolveLockWait(input) {
    const ms = resolveDurationSetting(input, {
        flag: '--lock-wait',
        yamlKey: 'lock_wait',
        what: 'lock wait',
        hint: '30s or 5m (0 = do not wait)',
        defaultMs: 0,
        emptyFlagIsAbsent: true,
    });
    return Math.round(ms);
}

;// CONCATENATED MODULE: ./src/inputs/secrets.ts
/**
 * Secrets given to a front door (passwords, secret parameters, minted tokens) are registered
 * with pgmi's redaction in every spelling they can be printed in, before anything is printed.
 * Shared by the Action (which also hands each spelling to the runner's masking), the CLI and the
 * MCP server.
 */

/** One masking function for inputs, minted tokens and anything else secret. */
function createMasker(setSecret = () => undefined) {
    const seen = new Set();
    return (secret) => {
        if (!secret || secret.trim() === '')
            return;
        for (const form of spellings(secret)) {
            if (seen.has(form))
                continue;
            seen.add(form);
            setSecret(form);
            (0,engine_redact/* registerSecret */.cl)(form);
        }
    };
}
/**
 * The value, its URL-encoded form and (when it is valid percent-encoding) its decoded form.
 * Multi-line values (a whole PEM key) are masked as they are; their lines are masked one by one.
 */
function spellings(value) {
    if (/[\r\n]/.test(value))
        return [value];
    const out = new Set([value, encodeURIComponent(value)]);
    try {
        out.add(decodeURIComponent(value));
    }
    catch {
        // Not percent-encoded: nothing more to add.
    }
    return [...out].filter((s) => s.trim() !== '');
}
/**
 * An event with the registered secrets replaced in every text field: deploy.sql may RAISE a
 * secret parameter in a notice, and a progress line may quote user input.
 */
function redactEvent(event) {
    let out;
    for (const [key, value] of Object.entries(event)) {
        if (typeof value !== 'string')
            continue;
        const clean = redactRegistered(value);
        if (clean !== value) {
            out ??= { ...event };
            out[key] = clean;
        }
    }
    return out ?? event;
}

;// CONCATENATED MODULE: ./src/inputs/deploy-input.ts
/**
 * Raw deploy input, as any front door receives it (CLI flags, Action inputs, an MCP tool call),
 * mapped to the engine's `DeployOptions` and a resolved connection. All offline: nothing
 * connects here. Every problem found is reported together in one ConfigError (exit 10).
 */









/** Registers secrets with pgmi's redaction when the front door passes no masker of its own. */
const defaultMasker = createMasker();
/** The project path itself, checked first so a typo never reads as a pgmi.yaml problem. */
function deploy_input_checkProjectPath(projectPath) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(projectPath);
    }
    catch {
        throw new engine_errors.ConfigError(`invalid configuration: project path "${projectPath}" does not exist`);
    }
    if (!st.isDirectory()) {
        throw new engine_errors.ConfigError(`invalid configuration: "${projectPath}" is a file; pass the project directory`);
    }
}
function buildDeploy(raw, ctx) {
    deploy_input_checkProjectPath(raw.projectPath);
    const warnings = [];
    const problems = [];
    const attempt = (fn) => {
        try {
            return fn();
        }
        catch (err) {
            if (err instanceof engine_errors/* PgmiError */.K8 && err.exitCode === 10)
                problems.push(err);
            else
                throw err;
            return undefined;
        }
    };
    const env = ctx.env;
    let yaml;
    if (raw.useProjectConfig !== false) {
        const loaded = loadProjectEnv(raw.projectPath, env);
        // Said at once when the front door listens: a run that fails below must still explain
        // why the file's values (PGDATABASE, say) are missing.
        if (loaded.warning) {
            if (ctx.onWarning)
                ctx.onWarning(loaded.warning);
            else
                warnings.push(loaded.warning);
        }
        yaml = attempt(() => loadPgmiYaml(raw.projectPath));
    }
    // Secret values are registered before anything can print them (even a failed merge below).
    const secret = (entries) => {
        const mask = ctx.onSecret ?? defaultMasker;
        for (const [, value] of entries)
            mask(value);
        return entries;
    };
    for (const extra of raw.extraParams ?? [])
        if (extra.secret)
            secret(extra.entries);
    const sources = [];
    if (yaml?.params)
        sources.push({ source: 'pgmi.yaml', entries: Object.entries(yaml.params) });
    for (const file of raw.paramsFiles ?? []) {
        const entries = attempt(() => readParamsFile(file));
        if (entries)
            sources.push({ source: file, entries });
    }
    for (const file of raw.secretParamsFiles ?? []) {
        const entries = attempt(() => secret(readParamsFile(file)));
        if (entries)
            sources.push({ source: file, entries });
    }
    const cli = attempt(() => (raw.params ?? []).map((p) => parseParamArg(p)));
    if (cli)
        sources.push({ source: '--param', entries: cli });
    const secretCli = attempt(() => secret((raw.secretParams ?? []).map((p, i) => parseSecretParamArg(p, i + 1))));
    if (secretCli)
        sources.push({ source: '--secret-param', entries: secretCli });
    sources.push(...(raw.extraParams ?? []));
    const params = attempt(() => {
        const merged = mergeParams(sources);
        validateParams(merged);
        return merged;
    });
    const timeoutMs = attempt(() => resolveTimeout({ flag: raw.timeout, yaml: yaml?.timeout }));
    const lockWaitMs = attempt(() => resolveLockWait({ flag: raw.lockWait, yaml: yaml?.lockWait }));
    const lockTimeoutMs = raw.lockTimeout === undefined
        ? undefined
        : attempt(() => {
            try {
                return parseDuration(raw.lockTimeout);
            }
            catch {
                throw new engine_errors.ConfigError(`invalid configuration: --lock-timeout: invalid duration ${JSON.stringify(raw.lockTimeout)} (examples: 2s, 10s, 1m)`);
            }
        });
    const connection = attempt(() => resolveConnection(raw.connection, {
        env,
        yaml: yaml?.connection,
        onSecret: ctx.onSecret,
        onWarning: ctx.onWarning,
    }));
    if (problems.length === 1)
        throw problems[0];
    if (problems.length > 1) {
        throw new engine_errors.ConfigError(`invalid configuration: ${problems.length} problems:\n` +
            problems
                .map((p, i) => `  ${i + 1}. ${(0,engine_errors/* messageOf */.bD)(p).replace(/^invalid configuration: /, '')}`)
                .join('\n'), { cause: problems[0] });
    }
    const conn = connection;
    return {
        options: defaultDeployOptions({
            projectPath: raw.projectPath,
            database: conn.database,
            maintenanceDatabase: conn.maintenanceDatabase,
            overwrite: raw.overwrite ?? false,
            force: raw.force ?? false,
            params: params ?? {},
            timeoutMs: timeoutMs ?? 0,
            lockWaitMs: lockWaitMs ?? 0,
            compat: raw.compat ?? '',
            verbose: raw.verbose ?? false,
            rehearse: raw.rehearse ?? false,
            changeReport: raw.changeReport ?? true,
            ...(lockTimeoutMs !== undefined ? { lockTimeoutMs } : {}),
        }),
        connection: conn,
        warnings,
    };
}

;// CONCATENATED MODULE: ./src/render/markdown.ts
/**
 * Escaping for GitHub-flavoured Markdown (job summaries, PR/MR comments). Text from deploy.sql
 * and the server (messages, source lines, file and object names) is data: HTML and Markdown in
 * it must render literally, and a `|` must not split a table cell. Each helper redacts first:
 * escaping would change a secret's spelling.
 */

const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
};
/** Inline text: entities for HTML and table syntax, backslashes for Markdown emphasis and links. */
function mdText(s) {
    // Backslashes first: the entities added next contain `#`, which must stay as it is.
    return (0,engine_redact/* redact */.E$)(s)
        .replace(/[\\`*_[\]#~!]/g, (c) => `\\${c}`)
        .replace(/[&<>"'|]/g, (c) => ENTITIES[c])
        .replace(/\r?\n/g, '<br>');
}
/**
 * Characters GFM still reads between `<code>` tags (raw HTML does not stop inline parsing):
 * emphasis (`__test__` would turn bold), code spans, links, strikethrough, backslash escapes,
 * and the autolink triggers (`https:`, `www.`, `user@host`, which GitHub also reads as mentions).
 */
const CODE_ENTITIES = {
    ...ENTITIES,
    _: '&#95;',
    '*': '&#42;',
    '`': '&#96;',
    '~': '&#126;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    ':': '&#58;',
    '@': '&#64;',
    '#': '&#35;',
    '!': '&#33;',
};
/** Inline code: `<code>` with entities, safe inside a table cell and against every GFM rule. */
function mdCode(s) {
    return `<code>${(0,engine_redact/* redact */.E$)(s)
        .replace(/[&<>"'|_*`~[\]\\:@#!]/g, (c) => CODE_ENTITIES[c])
        .replace(/\b(www)\./gi, '$1&#46;')
        .replace(/\r?\n/g, ' ')}</code>`;
}
/** A fenced block whose fence is longer than any backtick run inside. */
function mdFence(text, lang = '') {
    const s = (0,engine_redact/* redact */.E$)(text);
    const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${s}\n${fence}`;
}
/** `<details>` with a summary line; the blank lines let GFM read the Markdown inside. */
function mdDetails(summary, body, open = false) {
    return [
        `<details${open ? ' open' : ''}><summary>${summary}</summary>`,
        '',
        ...body,
        '',
        '</details>',
    ];
}

;// CONCATENATED MODULE: ./src/render/review-markdown.ts


/** GitHub's limit on an issue or pull request comment body. */
const GITHUB_COMMENT_LIMIT = 65_536;
/** GitLab's limit on a note (1 000 000 characters). */
const GITLAB_NOTE_LIMIT = 1_000_000;
/** Azure DevOps' limit on a pull request thread comment (150 000 characters). */
const AZURE_COMMENT_LIMIT = 150_000;
/** GitHub's limit on one step's job summary (1 MiB). */
const STEP_SUMMARY_LIMIT = 1_000_000;
/** Above these counts a list is rendered collapsed. */
const COLLAPSE = { changes: 15, tests: 20, units: 10 };
/** Notices shown at most, and at most this much text of them. */
const NOTICE_CAP = { count: 100, chars: 8_000 };
/** Single texts (a message, a source line) are cut at this length. */
const TEXT_CAP = 4_000;
function cut(s, max = TEXT_CAP) {
    return s.length > max ? `${s.slice(0, max)} …` : s;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(2)} s`;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
const TEST_STATUS = {
    passed: '✅ passed',
    failed: '❌ failed',
    skipped: '⏭️ not run',
};
const CHANGE_ICON = {
    created: '➕ created',
    altered: '✏️ altered',
    dropped: '➖ dropped',
};
function heading(result, ok) {
    if (!ok)
        return '## ❌ pgmi deploy failed';
    if (result.status === 'rehearsed')
        return '## ✅ pgmi rehearsal passed (rolled back)';
    return '## ✅ pgmi deploy succeeded';
}
function factsLine(input) {
    const { result, exitCode } = input;
    return [
        result.database ? `database ${mdCode(result.database)}` : undefined,
        result.engineRan ? `${result.filesLoaded} files loaded` : undefined,
        result.engineRan ? seconds(result.durationMs) : undefined,
        result.serverVersion ? `PostgreSQL ${mdText(result.serverVersion)}` : undefined,
        `exit code ${exitCode}${exitCode === 0 ? '' : ` (${input.exitName})`}`,
    ]
        .filter(Boolean)
        .join(' · ');
}
/** Target, project, commit, parameter names and units: what was deployed, never a secret. */
function deployedLines(input) {
    const { result } = input;
    const f = input.facts ?? {};
    const out = [];
    const where = [];
    if (f.host) {
        const hostPort = f.host.startsWith('/') ? f.host : `${f.host}${f.port ? `:${f.port}` : ''}`;
        where.push(`target ${mdCode(hostPort)}`);
    }
    if (f.projectPath)
        where.push(`project ${mdCode(f.projectPath)}`);
    if (f.commit)
        where.push(`commit ${mdCode(f.commit.slice(0, 12))}`);
    if (f.ref)
        where.push(`ref ${mdCode(f.ref)}`);
    if (where.length)
        out.push(`- ${where.join(' · ')}`);
    if (f.params?.length) {
        out.push(`- parameters: ${f.params.map((p) => mdCode(p)).join(', ')} (values not shown)`);
    }
    const units = unitsLine(result);
    if (units)
        out.push(`- ${units}`);
    return out.length ? [...out, ''] : [];
}
function unitsLine(result) {
    if (!result.engineRan || result.executionUnits === undefined)
        return undefined;
    const total = result.executionUnits;
    if (result.status === 'rehearsed') {
        const skipped = result.notRehearsed?.length ?? 0;
        return `units: the head ran and was rolled back; ${plural(skipped, 'tail unit')} not rehearsed`;
    }
    if (result.status === 'success') {
        if (total <= 1)
            return `units: ${plural(total, 'unit')} executed in one transaction`;
        return `units: ${plural(total, 'unit')} executed — the head and ${plural(total - 1, 'tail unit')}`;
    }
    if (result.failedUnit) {
        return `units: unit ${result.failedUnit} of ${total} failed; ${plural(result.unitsCommitted ?? 0, 'earlier unit')} committed`;
    }
    return undefined;
}
function take(items, cap, first) {
    if (items.length <= cap)
        return { rows: [...items], hidden: 0 };
    // Keep what matters most (failed tests) when rows must go, in their original order.
    const keep = new Set();
    if (first)
        for (const t of items)
            if (keep.size < cap && first(t))
                keep.add(t);
    for (const t of items)
        if (keep.size < cap)
            keep.add(t);
    return { rows: items.filter((t) => keep.has(t)), hidden: items.length - cap };
}
function moreLine(hidden, what, runUrl) {
    if (!hidden)
        return [];
    const see = runUrl ? `see the [run](${runUrl})` : 'see the run';
    return [
        '',
        `… ${plural(hidden, `more ${what}`, `more ${what}s`)} not shown (truncated, ${see}).`,
    ];
}
function changeSection(input, cap) {
    const report = input.result.changeReport;
    if (!report)
        return [];
    const { created, altered, dropped } = report.counts;
    const counts = `${created} created · ${altered} altered · ${dropped} dropped`;
    if (!report.changes.length)
        return ['### Changes', '', 'No catalog changes.', ''];
    const shown = take(report.changes, cap);
    const table = [
        '| Change | Kind | Object | Detail |',
        '| --- | --- | --- | --- |',
        ...shown.rows.map((c) => `| ${CHANGE_ICON[c.action]} | ${c.kind} | ${mdCode(cut(c.name, 300))} | ${c.detail ? mdText(cut(c.detail, 300)) : ''} |`),
        ...moreLine(shown.hidden, 'change', input.facts?.runUrl),
    ];
    const body = report.changes.length > COLLAPSE.changes
        ? mdDetails(`${report.changes.length} catalog changes`, table)
        : table;
    return ['### Changes', '', counts, '', ...body, ''];
}
function testSection(input, cap) {
    const tests = input.result.tests;
    if (!tests.length)
        return [];
    const n = (s) => tests.filter((t) => t.status === s).length;
    const counts = [
        `${n('passed')} passed`,
        n('failed') ? `${n('failed')} failed` : undefined,
        n('skipped') ? `${n('skipped')} not run` : undefined,
    ]
        .filter(Boolean)
        .join(' · ');
    const shown = take(tests, cap, (t) => t.status === 'failed');
    const table = [
        '| Test | Result | Duration |',
        '| --- | --- | ---: |',
        ...shown.rows.map((t) => `| ${mdCode(t.path)}${t.kind === 'fixture' ? ' (fixture)' : ''} | ${TEST_STATUS[t.status]} | ${t.status === 'skipped' ? '' : `${t.durationMs} ms`} |`),
        ...moreLine(shown.hidden, 'test', input.facts?.runUrl),
    ];
    const body = tests.length > COLLAPSE.tests ? mdDetails(`${tests.length} tests`, table) : table;
    return ['### Tests', '', counts, '', ...body, ''];
}
function failureSection(input) {
    const d = input.detail;
    if (input.exitCode === 0 || !d)
        return [];
    const rows = [
        ['SQLSTATE', d.sqlstate && mdCode(d.sqlstate)],
        ['Detail', d.detail && mdText(cut(d.detail))],
        ['Hint', d.hint && mdText(cut(d.hint))],
        ['Where', d.where && mdText(cut(d.where))],
        ['Location', input.location && mdCode(input.location)],
    ];
    const out = ['### Failure', '', `**${mdText(cut(d.message))}**`, ''];
    const present = rows.filter((r) => !!r[1]);
    if (present.length) {
        out.push('| | |', '| --- | --- |', ...present.map(([k, v]) => `| ${k} | ${v} |`), '');
    }
    if (d.sourceLine) {
        if (d.line)
            out.push(`Line ${d.line}${d.column ? `, column ${d.column}` : ''}:`, '');
        out.push(mdFence(cut(d.sourceLine), 'sql'), '');
    }
    if (input.hints?.length) {
        out.push(...input.hints.map((h) => `> 💡 ${mdText(cut(h))}`), '');
    }
    return out;
}
function notRehearsedSection(input, cap) {
    const units = input.result.notRehearsed;
    if (!units?.length)
        return [];
    const shown = take(units, cap);
    const list = [
        ...shown.rows.map((u) => `- unit ${u.unit}: ${mdCode(cut(u.firstLine, 200))}`),
        ...moreLine(shown.hidden, 'unit', input.facts?.runUrl),
    ];
    const intro = `The tail after deploy.sql's first COMMIT runs only in a real deploy: ${plural(units.length, 'unit')} not rehearsed.`;
    const body = units.length > COLLAPSE.units ? mdDetails(`${units.length} units not rehearsed`, list) : list;
    return ['### Not rehearsed', '', intro, '', ...body, ''];
}
function noticeSection(input, cap) {
    const notices = input.facts?.notices ?? [];
    if (!notices.length)
        return [];
    const lines = [];
    let chars = 0;
    for (const n of notices.slice(0, Math.min(cap, NOTICE_CAP.count))) {
        const where = n.file ? ` (${n.file}${n.line ? `:${n.line}` : ''})` : '';
        const line = cut(`${n.severity}: ${n.message}${where}`, 500);
        if (chars + line.length > NOTICE_CAP.chars)
            break;
        lines.push(line);
        chars += line.length + 1;
    }
    const hidden = notices.length - lines.length;
    const body = [mdFence(lines.join('\n')), ...moreLine(hidden, 'notice', input.facts?.runUrl)];
    return [...mdDetails(`deploy.sql notices (${notices.length})`, body), ''];
}
function runLink(input) {
    const url = input.facts?.runUrl;
    return url ? [`[View the run](${url})`, ''] : [];
}
function assemble(input, opts, cap) {
    const lines = [
        ...(opts.marker ? [opts.marker] : []),
        heading(input.result, input.exitCode === 0),
        '',
        factsLine(input),
        '',
        ...deployedLines(input),
        ...failureSection(input),
        ...changeSection(input, cap),
        ...testSection(input, cap),
        ...notRehearsedSection(input, cap),
        ...noticeSection(input, cap),
        ...(opts.extra ?? []),
        ...runLink(input),
    ];
    return (0,engine_redact/* redact */.E$)(lines.join('\n'));
}
/** Row caps tried in turn until the report fits its limit. */
const CAPS = [Infinity, 2000, 1000, 500, 250, 100, 50, 20, 10, 5, 0];
/**
 * The report as Markdown, at most `opts.limit` characters. Long lists lose rows first (each
 * says how many it left out); a report still too long is cut, with a closing line that says so.
 */
function reviewMarkdown(input, opts) {
    for (const cap of CAPS) {
        const md = assemble(input, opts, cap);
        if (md.length <= opts.limit)
            return md;
    }
    const url = input.facts?.runUrl;
    const tail = `\n\n---\n**Truncated** to fit the size limit: see the ${url ? `[run](${url})` : 'run'} for the full report.\n`;
    const md = assemble(input, opts, 0);
    return md.slice(0, Math.max(0, opts.limit - tail.length)) + tail;
}

;// CONCATENATED MODULE: ./src/review/context.ts
/**
 * Where a review comment goes: the pull request (GitHub), merge request (GitLab) or pull request
 * (Azure DevOps) this CI run builds, read from the variables each system sets. No context (a push
 * build, a scheduled run, a terminal) means no comment and no request.
 */

const SYSTEM_NAMES = {
    github: 'GitHub pull request',
    gitlab: 'GitLab merge request',
    azure: 'Azure DevOps pull request',
};
function positive(value) {
    if (!value || !/^\d+$/.test(value.trim()))
        return undefined;
    const n = Number(value);
    return n > 0 ? n : undefined;
}
/** The pull request number of a `pull_request` / `pull_request_target` event, else undefined. */
function githubPullRequest(env) {
    const event = env.GITHUB_EVENT_NAME;
    if (event !== 'pull_request' && event !== 'pull_request_target')
        return undefined;
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const n = payload.pull_request?.number ?? payload.number;
        return typeof n === 'number' && n > 0 ? n : undefined;
    }
    catch {
        return undefined;
    }
}
function githubApiUrl(env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
function githubRepo(env) {
    const m = /^([^/\s]+)\/([^/\s]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
    return m ? { owner: m[1], repo: m[2] } : undefined;
}
/** The CI system this process runs in, among those pgmi can comment on. */
function ciSystem(env) {
    if (env.GITHUB_ACTIONS === 'true')
        return 'github';
    if (env.GITLAB_CI === 'true')
        return 'gitlab';
    if ((env.TF_BUILD ?? '').toLowerCase() === 'true')
        return 'azure';
    return undefined;
}
/** The PR/MR number of this build, from the environment; undefined outside a PR/MR build. */
function reviewNumber(system, env) {
    switch (system) {
        case 'github':
            return githubPullRequest(env);
        case 'gitlab':
            return positive(env.CI_MERGE_REQUEST_IID);
        case 'azure':
            return positive(env.SYSTEM_PULLREQUEST_PULLREQUESTID);
    }
}
/**
 * The API address and repository of PR/MR `number`, always from this job's own environment.
 * Undefined when a variable the system always sets is missing.
 */
function targetFor(system, num, env) {
    switch (system) {
        case 'github': {
            const repo = githubRepo(env);
            return repo ? { system, apiUrl: githubApiUrl(env), ...repo, pr: num } : undefined;
        }
        case 'gitlab':
            if (!env.CI_API_V4_URL || !env.CI_PROJECT_ID)
                return undefined;
            return {
                system,
                apiUrl: env.CI_API_V4_URL.replace(/\/+$/, ''),
                projectId: env.CI_PROJECT_ID,
                mr: num,
                webUrl: (env.CI_MERGE_REQUEST_PROJECT_URL || env.CI_PROJECT_URL)?.replace(/\/+$/, ''),
            };
        case 'azure': {
            // Pull requests of repositories hosted on GitHub or Bitbucket are not Azure Repos threads.
            const provider = env.BUILD_REPOSITORY_PROVIDER;
            if (provider && provider !== 'TfsGit')
                return undefined;
            if (!env.SYSTEM_COLLECTIONURI || !env.SYSTEM_TEAMPROJECT || !env.BUILD_REPOSITORY_ID) {
                return undefined;
            }
            return {
                system,
                collectionUri: env.SYSTEM_COLLECTIONURI.replace(/\/*$/, '/'),
                project: env.SYSTEM_TEAMPROJECT,
                repositoryId: env.BUILD_REPOSITORY_ID,
                pr: num,
            };
        }
    }
}
/** The review target of this CI run, from its environment; undefined outside a PR/MR build. */
function detectReviewTarget(env) {
    const system = ciSystem(env);
    const num = system && reviewNumber(system, env);
    return system && num ? targetFor(system, num, env) : undefined;
}
/** The PR/MR number of a target. */
function targetNumber(t) {
    return t.system === 'gitlab' ? t.mr : t.pr;
}
/** The token each system's comment is posted with (the Action passes its `github-token`). */
function reviewToken(system, env) {
    switch (system) {
        case 'github':
            return env.GITHUB_TOKEN || undefined;
        case 'gitlab':
            return env.PGMI_GITLAB_TOKEN || undefined;
        case 'azure':
            return env.SYSTEM_ACCESSTOKEN || undefined;
    }
}
/** What the token variable is called, for the notice when it is missing. */
const TOKEN_NAMES = {
    github: 'GITHUB_TOKEN (the Action: github-token)',
    gitlab: 'PGMI_GITLAB_TOKEN',
    azure: 'SYSTEM_ACCESSTOKEN (map it into the step: env: SYSTEM_ACCESSTOKEN: $(System.AccessToken))',
};
/** Commit, ref and the run's page, as each CI system names them. */
function runFacts(env) {
    if (env.GITHUB_ACTIONS === 'true') {
        const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
        let commit = env.GITHUB_SHA;
        // On pull requests GITHUB_SHA is the merge commit; the PR's head is what reviewers know.
        if (env.GITHUB_EVENT_PATH && /^pull_request/.test(env.GITHUB_EVENT_NAME ?? '')) {
            try {
                const p = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
                commit = p.pull_request?.head?.sha ?? commit;
            }
            catch {
                /* keep GITHUB_SHA */
            }
        }
        return {
            workspace: env.GITHUB_WORKSPACE || undefined,
            commit,
            ref: env.GITHUB_HEAD_REF || env.GITHUB_REF || undefined,
            runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
                ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
                : undefined,
        };
    }
    if (env.GITLAB_CI === 'true') {
        return {
            workspace: env.CI_PROJECT_DIR || undefined,
            commit: env.CI_COMMIT_SHA,
            ref: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME || env.CI_COMMIT_REF_NAME,
            runUrl: env.CI_JOB_URL || env.CI_PIPELINE_URL,
        };
    }
    if ((env.TF_BUILD ?? '').toLowerCase() === 'true') {
        const uri = env.SYSTEM_COLLECTIONURI?.replace(/\/*$/, '/');
        return {
            workspace: env.BUILD_SOURCESDIRECTORY || undefined,
            commit: env.SYSTEM_PULLREQUEST_SOURCECOMMITID || env.BUILD_SOURCEVERSION,
            ref: env.SYSTEM_PULLREQUEST_SOURCEBRANCH || env.BUILD_SOURCEBRANCH,
            runUrl: uri && env.SYSTEM_TEAMPROJECT && env.BUILD_BUILDID
                ? `${uri}${encodeURIComponent(env.SYSTEM_TEAMPROJECT)}/_build/results?buildId=${env.BUILD_BUILDID}`
                : undefined,
        };
    }
    return {};
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * Action inputs, declared once as data (names mirror the CLI's long flags), read into plain
 * strings, then mapped onto the same `RawDeployInput` the CLI builds. Reading has no side effect
 * so the secrets among the values can be masked before anything is printed (see secrets.ts).
 */



/** Every input the Action reads; action.yml must declare exactly these (checked by a test). */
const ACTION_INPUTS = [
    { name: 'project-path', kind: 'string', default: '.' },
    { name: 'connection-string', kind: 'string', default: '' },
    { name: 'host', kind: 'string', default: '' },
    { name: 'port', kind: 'string', default: '' },
    { name: 'username', kind: 'string', default: '' },
    { name: 'password', kind: 'string', default: '', raw: true },
    { name: 'database', kind: 'string', default: '' },
    { name: 'sslmode', kind: 'string', default: '' },
    { name: 'ssl-root-cert', kind: 'string', default: '' },
    { name: 'ssl-cert', kind: 'string', default: '' },
    { name: 'ssl-key', kind: 'string', default: '' },
    { name: 'params', kind: 'multiline', default: '' },
    { name: 'secret-params', kind: 'multiline', default: '' },
    { name: 'params-file', kind: 'multiline', default: '' },
    { name: 'overwrite', kind: 'boolean', default: 'false' },
    { name: 'force', kind: 'boolean', default: 'false' },
    { name: 'timeout', kind: 'string', default: '' },
    { name: 'wait', kind: 'string', default: '' },
    { name: 'lock-wait', kind: 'string', default: '' },
    { name: 'compat', kind: 'string', default: '' },
    { name: 'verbose', kind: 'boolean', default: 'false' },
    { name: 'rehearse', kind: 'boolean', default: 'false' },
    { name: 'lock-timeout', kind: 'string', default: '' },
    { name: 'change-report', kind: 'boolean', default: 'true' },
    { name: 'azure', kind: 'boolean', default: 'false' },
    { name: 'azure-tenant-id', kind: 'string', default: '' },
    { name: 'azure-client-id', kind: 'string', default: '' },
    { name: 'aws', kind: 'boolean', default: 'false' },
    { name: 'aws-region', kind: 'string', default: '' },
    { name: 'google', kind: 'boolean', default: 'false' },
    { name: 'google-instance', kind: 'string', default: '' },
    { name: 'summary', kind: 'boolean', default: 'true' },
    { name: 'annotations', kind: 'boolean', default: 'true' },
    { name: 'junit-report', kind: 'string', default: '' },
    { name: 'json-report', kind: 'string', default: '' },
    { name: 'targets', kind: 'multiline', default: '' },
    { name: 'targets-query', kind: 'string', default: '' },
    { name: 'parallel', kind: 'string', default: '' },
    { name: 'canary', kind: 'string', default: '' },
    { name: 'continue-on-error', kind: 'boolean', default: 'false' },
    { name: 'shard', kind: 'string', default: '' },
    { name: 'merge-reports', kind: 'multiline', default: '' },
    { name: 'pr-comment', kind: 'string', default: 'auto' },
    { name: 'github-token', kind: 'string', default: '${{ github.token }}' },
    { name: 'comment-from', kind: 'string', default: '' },
];
/** Reads every declared input. Pure apart from the reader; nothing is validated yet. */
function readActionInputs(read) {
    const out = {};
    for (const spec of ACTION_INPUTS) {
        const name = spec.name;
        const value = read(name);
        const given = spec.raw ? value : value.trim();
        out[name] = given === '' ? spec.default : given;
    }
    return out;
}
/** Non-empty lines, each trimmed; `#` lines are comments. */
function inputLines(value) {
    return value
        .split(/\r?\n/)
        .map((l) => (0,go_text/* goTrimSpace */.hb)(l))
        .filter((l) => l !== '' && !l.startsWith('#'));
}
/**
 * `params` / `secret-params`: one `key=value` per line, split at the first `=`, key and value
 * trimmed (as in a params file: YAML block scalars make stray spaces easy to miss). Problems name
 * the entry, never its text (a secret-params line is a secret).
 */
function parseParamLines(input, value, problems) {
    const entries = [];
    inputLines(value).forEach((line, i) => {
        const eq = line.indexOf('=');
        const key = eq < 0 ? '' : (0,go_text/* goTrimSpace */.hb)(line.slice(0, eq));
        if (eq < 0 || key === '') {
            problems.push(`input "${input}" entry ${i + 1}: expected key=value${eq < 0 ? '' : ' (empty key)'}`);
            return;
        }
        entries.push([key, (0,go_text/* goTrimSpace */.hb)(line.slice(eq + 1))]);
    });
    return entries;
}
/** The YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
function parseBoolean(name, value, problems) {
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value))
        return false;
    problems.push(`input "${name}" must be true or false, got ${JSON.stringify(value)}`);
    return false;
}
/** A PEM value given inline rather than as a path. */
function isPemContent(value) {
    return value.includes('-----BEGIN ');
}
/** `pr-comment`: `auto` or `off` (exit 10 naming the input otherwise). */
function parsePrComment(value, problems) {
    if (/^auto$/i.test(value))
        return true;
    if (/^off$/i.test(value))
        return false;
    problems.push(`input "pr-comment" must be auto or off, got ${JSON.stringify(value)}`);
    return false;
}
/** The `github-token` input, unless it is the unevaluated default (a runner always evaluates it). */
function githubToken(inputs) {
    const t = inputs['github-token'];
    return t && !t.startsWith('${{') ? t : undefined;
}
/**
 * Maps the inputs onto `RawDeployInput`. Every problem found is reported together in one
 * ConfigError (exit 10), as `buildDeploy` does for everything after it.
 */
function toActionSettings(inputs, writePem) {
    const problems = [];
    const bool = (name) => parseBoolean(name, inputs[name], problems);
    const text = (name) => inputs[name] || undefined;
    const pem = (name) => {
        const v = inputs[name];
        if (!v)
            return undefined;
        return isPemContent(v) ? writePem(name, v) : v;
    };
    // Checked here so a bad value is exit 10 naming the input (the CLI's flag parser says exit 2).
    const duration = (name) => {
        if (!inputs[name])
            return undefined;
        try {
            return parseDuration(inputs[name]);
        }
        catch (err) {
            if (!(err instanceof InvalidDurationError))
                throw err;
            problems.push(`input "${name}": invalid duration ${JSON.stringify(inputs[name])} (examples: 90s, 5m, 1h30m)`);
            return undefined;
        }
    };
    const waitMs = duration('wait');
    duration('timeout');
    duration('lock-wait');
    duration('lock-timeout');
    const params = parseParamLines('params', inputs.params, problems);
    const secretParams = parseParamLines('secret-params', inputs['secret-params'], problems);
    const settings = {
        raw: {
            projectPath: inputs['project-path'],
            connection: {
                connection: text('connection-string'),
                host: text('host'),
                port: text('port'),
                username: text('username'),
                database: text('database'),
                sslmode: text('sslmode'),
                sslrootcert: pem('ssl-root-cert'),
                sslcert: pem('ssl-cert'),
                sslkey: pem('ssl-key'),
                azure: bool('azure'),
                azureTenantId: text('azure-tenant-id'),
                azureClientId: text('azure-client-id'),
                aws: bool('aws'),
                awsRegion: text('aws-region'),
                google: bool('google'),
                googleInstance: text('google-instance'),
                waitMs,
            },
            params: [],
            paramsFiles: inputLines(inputs['params-file']),
            // Structured sources: highest precedence, after pgmi.yaml and params files, in this order.
            extraParams: [
                { source: 'params', entries: params },
                { source: 'secret-params', entries: secretParams },
            ],
            overwrite: bool('overwrite'),
            force: bool('force'),
            timeout: text('timeout'),
            lockWait: text('lock-wait'),
            compat: text('compat'),
            verbose: bool('verbose'),
            rehearse: bool('rehearse'),
            changeReport: bool('change-report'),
            lockTimeout: text('lock-timeout'),
            useProjectConfig: true,
        },
        password: inputs.password || undefined,
        summary: bool('summary'),
        annotations: bool('annotations'),
        verbose: bool('verbose'),
        junitReport: text('junit-report'),
        jsonReport: text('json-report'),
        prComment: parsePrComment(inputs['pr-comment'], problems),
    };
    if (problems.length === 1)
        throw new engine_errors.ConfigError(`invalid configuration: ${problems[0]}`);
    if (problems.length > 1) {
        throw new engine_errors.ConfigError(`invalid configuration: ${problems.length} problems with the action inputs:\n` +
            problems.map((p) => `  - ${p}`).join('\n'));
    }
    return settings;
}

;// CONCATENATED MODULE: ./src/action/render/annotations.ts
/**
 * Annotations: the failure as an error on the project file and line, a failed test as an error
 * on its file, `RAISE WARNING` as a warning where the file is known. GitHub shows at most 10
 * annotations of each type per step; past that they are kept for the job summary instead.
 */


const ANNOTATION_CAP = 10;
/**
 * @param enabled the `annotations` input; when off, each would-be annotation is a log line.
 * @param log plain log line writer (used when disabled or past the cap).
 */
function createAnnotator(enabled, sink, log, cap = ANNOTATION_CAP) {
    const counts = { error: 0, warning: 0 };
    const overflow = [];
    return {
        overflow,
        add(a) {
            // One redaction pass for everything an annotation carries.
            const clean = {
                level: a.level,
                message: (0,engine_redact/* redact */.E$)(a.message),
                props: {
                    ...a.props,
                    ...(a.props.title !== undefined ? { title: (0,engine_redact/* redact */.E$)(a.props.title) } : {}),
                    ...(a.props.file !== undefined ? { file: (0,engine_redact/* redact */.E$)(a.props.file) } : {}),
                },
            };
            if (enabled && counts[a.level] < cap) {
                counts[a.level]++;
                sink[a.level](clean.message, clean.props);
                return;
            }
            if (enabled)
                overflow.push(clean);
            const where = clean.props.file
                ? ` (${clean.props.file}${clean.props.startLine ? `:${clean.props.startLine}` : ''})`
                : '';
            log(`${a.level === 'error' ? 'Error' : 'Warning'}${where}: ${clean.message}`);
        },
    };
}
/**
 * A project path as GitHub links it: relative to the repository root (GITHUB_WORKSPACE),
 * forward slashes. `projectFile` is the engine's form (`./migrations/001.sql`, `deploy.sql`).
 */
function workspacePath(workspace, projectPath, projectFile) {
    const abs = external_node_path_default().resolve(workspace, projectPath, projectFile);
    const rel = external_node_path_default().relative(external_node_path_default().resolve(workspace), abs);
    return (rel === '' ? '.' : rel).split((external_node_path_default()).sep).join('/');
}
/** The project file (engine form) and position a failure points at, when known. */
function annotations_failureSource(detail) {
    if (detail.script) {
        // Lines of a deploy.sql with pgmi_test() macros count in the expanded script: they do not
        // match the file on disk, so the annotation goes on the file without a position.
        if (detail.script === 'deploy.sql' && detail.scriptExpanded)
            return { file: 'deploy.sql' };
        return { file: detail.script, line: detail.line, column: detail.column };
    }
    if (detail.failedFile)
        return { file: detail.failedFile };
    return undefined;
}
/**
 * Annotation properties for a project file. GitHub places annotations on lines; a failure known
 * only by its file (a failing test: the test runner re-raises without a position) goes on line 1.
 */
function fileProps(file, line, column, title) {
    return {
        title,
        file,
        startLine: line && line > 0 ? line : 1,
        ...(line && column && column > 0 ? { startColumn: column } : {}),
    };
}

;// CONCATENATED MODULE: ./src/action/render/log.ts


/**
 * Text from deploy.sql (notices, error messages) is untrusted: the runner executes any output
 * line that starts with `::` (after leading spaces) or holds `##[` as a workflow command, so a
 * notice could otherwise set outputs or unmask nothing less than a secret. A zero-width space
 * breaks the marker and changes nothing visible.
 */
function neutralizeCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((l) => l.replace(/^(\s*):(?=:)/, '$1:\u200b').replace(/##\[/g, '##\u200b['))
        .join('\n');
}
function createActionLog(sink) {
    let open = false;
    const endGroup = () => {
        if (open)
            sink.endGroup();
        open = false;
    };
    return {
        line: (text) => {
            for (const l of neutralizeCommands((0,engine_redact/* redact */.E$)(text)).split('\n'))
                sink.info(l);
        },
        group: (title) => {
            endGroup();
            sink.startGroup(title);
            open = true;
        },
        endGroup,
    };
}
const PHASE_TITLES = {
    validate: 'Check the project',
    database: 'Connect and prepare the database',
    session: 'Load the project into the session',
    execute: 'Run deploy.sql',
};
function noticeText(e) {
    return [e.message, e.detail && `DETAIL: ${e.detail}`, e.hint && `HINT: ${e.hint}`]
        .filter(Boolean)
        .join('\n');
}
/** Returns the engine event handler that writes the step log. */
function actionEventRenderer(opts) {
    const { log } = opts;
    return (e) => {
        switch (e.type) {
            case 'phase':
                log.group(`pgmi: ${PHASE_TITLES[e.phase]}`);
                break;
            case 'progress':
                log.line(e.message);
                break;
            case 'verbose':
                if (opts.verbose)
                    log.line(`[VERBOSE] ${e.message}`);
                break;
            case 'connected':
                log.line(`Connected to ${JSON.stringify(e.database)} (PostgreSQL ${e.serverVersion})`);
                break;
            case 'test-finished':
                if (e.status !== 'skipped') {
                    log.line(`${e.status === 'passed' ? '✓' : '✗'} ${e.path} (${e.durationMs} ms)`);
                }
                break;
            case 'notice':
                if (e.severity === 'DEBUG' && !opts.verbose)
                    break;
                if (e.severity === 'WARNING' && e.file) {
                    opts.annotator.add({
                        level: 'warning',
                        message: noticeText(e),
                        props: fileProps(opts.toWorkspacePath(e.file), e.line, undefined, 'RAISE WARNING'),
                    });
                }
                else {
                    const prefix = e.severity === 'WARNING' || e.severity === 'DEBUG' ? `${e.severity}: ` : '';
                    log.line(prefix + noticeText(e));
                }
                break;
            default:
                break;
        }
    };
}

;// CONCATENATED MODULE: ./src/cli/render-changes.ts
/** How many changes the compact list shows before "… and N more". */
const COMPACT_CHANGES = 20;
const SIGN = { created: '+', altered: '~', dropped: '-' };
function changeLine(c) {
    return `  ${SIGN[c.action]} ${c.action} ${c.kind} ${c.name}${c.detail ? ` (${c.detail})` : ''}`;
}
function changeReportLines(result, verbose) {
    const lines = [];
    const report = result.changeReport;
    if (report) {
        const { created, altered, dropped } = report.counts;
        if (report.changes.length === 0) {
            lines.push('Changes: none (the catalog is as it was)');
        }
        else {
            lines.push(`Changes: ${created} created, ${altered} altered, ${dropped} dropped`);
            const shown = verbose ? report.changes : report.changes.slice(0, COMPACT_CHANGES);
            lines.push(...shown.map(changeLine));
            const more = report.changes.length - shown.length;
            if (more > 0)
                lines.push(`  … and ${more} more (--verbose lists every change)`);
        }
    }
    if (result.notRehearsed?.length) {
        lines.push(`Not rehearsed: ${result.notRehearsed.length} tail unit(s) after the head's terminator, listed and not run:`);
        for (const u of result.notRehearsed)
            lines.push(`  unit ${u.unit}: ${u.firstLine}`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/ci/heartbeat.ts
const PHASES = {
    validate: 'checking the project',
    database: 'connecting',
    session: 'loading the project',
    execute: 'running deploy.sql',
};
function secs(ms) {
    return `${Math.floor(ms / 1000)}s`;
}
function startHeartbeat(opts) {
    const now = opts.now ?? Date.now;
    const quietMs = opts.quietMs ?? 10_000;
    const started = now();
    let phase;
    let phaseSince = started;
    let lastOutput = started;
    let files;
    let units;
    let unit;
    let testsRun = 0;
    let testsFailed = 0;
    let currentTest;
    let testSince = started;
    let shown = false;
    const status = () => {
        const t = now();
        const parts = [`pgmi: ${phase ? PHASES[phase] : 'starting'}`];
        if (files !== undefined)
            parts.push(`${files} files loaded`);
        if (phase === 'execute' && units && units > 1)
            parts.push(unit ? `unit ${unit}/${units}` : `${units} units`);
        if (testsRun || currentTest)
            parts.push(`${testsRun} test(s) run${testsFailed ? `, ${testsFailed} failed` : ''}`);
        if (currentTest)
            parts.push(`${currentTest} for ${secs(t - testSince)}`);
        else
            parts.push(`${secs(t - phaseSince)} in this step`);
        parts.push(`${secs(t - started)} in all`);
        return parts.join(' · ');
    };
    const clear = () => {
        if (shown)
            opts.write('\r\x1b[2K');
        shown = false;
    };
    const tick = () => {
        if (!phase)
            return;
        if (opts.live) {
            opts.write(`\r\x1b[2K${status()}`);
            shown = true;
            return;
        }
        if (now() - lastOutput >= quietMs) {
            opts.write(`${status()} (still running)\n`);
            lastOutput = now();
        }
    };
    const timer = setInterval(tick, opts.live ? 1000 : Math.min(250, quietMs));
    timer.unref();
    return {
        onEvent(e) {
            switch (e.type) {
                case 'phase':
                    phase = e.phase;
                    phaseSince = now();
                    break;
                case 'session-prepared':
                    files = e.filesLoaded;
                    break;
                case 'units-planned':
                    units = e.units;
                    break;
                case 'unit-started':
                    // "in this step" then counts within the unit.
                    unit = e.unit;
                    units = e.units;
                    phaseSince = now();
                    break;
                case 'notice': {
                    const m = /^\[pgmi\] (?:Test|Fixture): (.+)$/.exec(e.message);
                    if (m) {
                        currentTest = m[1];
                        testSince = now();
                    }
                    break;
                }
                case 'test-finished':
                    if (e.kind === 'test' && e.status !== 'skipped')
                        testsRun++;
                    if (e.status === 'failed')
                        testsFailed++;
                    currentTest = undefined;
                    break;
                default:
                    break;
            }
        },
        beforeLine: clear,
        afterLine() {
            lastOutput = now();
        },
        stop() {
            clearInterval(timer);
            clear();
        },
    };
}

;// CONCATENATED MODULE: ./src/action/render/outputs.ts
/**
 * The step's outputs. Counts and names only: nothing here can hold a secret, and every value
 * still goes through the same redaction as the log and the summary.
 */

/** `result` output values, by exit code (anything unlisted is `error`). */
const RESULT_NAMES = {
    [engine_errors/* ExitCode */.yU.Success]: 'success',
    [engine_errors/* ExitCode */.yU.Config]: 'config-error',
    [engine_errors/* ExitCode */.yU.Connection]: 'connection-error',
    [engine_errors/* ExitCode */.yU.ApprovalDenied]: 'overwrite-denied',
    [engine_errors/* ExitCode */.yU.Execution]: 'sql-error',
    [engine_errors/* ExitCode */.yU.DeploySqlMissing]: 'deploy-missing',
    [engine_errors/* ExitCode */.yU.ConcurrentDeploy]: 'concurrent-deploy',
    [engine_errors/* ExitCode */.yU.Timeout]: 'timeout',
    [engine_errors/* ExitCode */.yU.Interrupted]: 'interrupted',
    [engine_errors/* ExitCode */.yU.Terminated]: 'interrupted',
};
function outputs_resultName(exitCode) {
    return RESULT_NAMES[exitCode] ?? 'error';
}
/** Every output the Action sets; action.yml must declare exactly these (checked by a test). */
const ACTION_OUTPUTS = [
    'exit-code',
    'result',
    'duration-ms',
    'files-loaded',
    'tests-passed',
    'tests-failed',
    'server-version',
    'json-report',
    'junit-report',
    'objects-created',
    'objects-altered',
    'objects-dropped',
    'targets-total',
    'targets-succeeded',
    'targets-failed',
    'targets-skipped',
    'comment-url',
    'comment-file',
];
function outputs_actionOutputs(exitCode, result, reports, comment = {}) {
    // Fixtures (`_setup.sql`) count with the tests: both are files of the test tree that ran.
    const count = (s) => result.tests.filter((t) => t.status === s).length;
    const counts = result.changeReport?.counts;
    return {
        'exit-code': String(exitCode),
        // A rehearsal that passed is exit 0, and says so.
        result: exitCode === 0 && result.status === 'rehearsed' ? 'rehearsed' : outputs_resultName(exitCode),
        'duration-ms': String(result.durationMs),
        'files-loaded': String(result.filesLoaded),
        'tests-passed': String(count('passed')),
        'tests-failed': String(count('failed')),
        'server-version': result.serverVersion ?? '',
        'json-report': reports.json ?? '',
        'junit-report': reports.junit ?? '',
        'objects-created': counts ? String(counts.created) : '',
        'objects-altered': counts ? String(counts.altered) : '',
        'objects-dropped': counts ? String(counts.dropped) : '',
        'targets-total': '',
        'targets-succeeded': '',
        'targets-failed': '',
        'targets-skipped': '',
        'comment-url': comment.url ?? '',
        'comment-file': comment.file ?? '',
    };
}

;// CONCATENATED MODULE: ./src/cli/render.ts
/**
 * Plain-text rendering of the engine's event stream and result (stderr), and the `--json`
 * envelope (stdout). The same functions serve the container image and any CI without a
 * renderer of its own.
 */

function testMark(passed, plain) {
    if (plain)
        return passed ? 'ok' : 'FAILED';
    return passed ? '✓' : '✗';
}
const render_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** `3 tests passed`, `2 tests passed, 1 failed`; empty when no test ran. */
function testCounts(result) {
    const tests = result.tests.filter((t) => t.kind === 'test');
    if (!tests.length)
        return '';
    const n = (s) => tests.filter((t) => t.status === s).length;
    const [passed, failed, skipped] = [n('passed'), n('failed'), n('skipped')];
    const parts = [`${render_plural(passed, 'test')} passed`];
    if (failed)
        parts.push(`${failed} failed`);
    if (skipped)
        parts.push(`${skipped} skipped`);
    return parts.join(', ');
}
function render_seconds(ms) {
    return (ms / 1000).toFixed(2);
}
/** Returns the event handler printing progress, verbose lines and notices as upstream does. */
function textEventRenderer(opts) {
    const stamp = (ms) => (opts.verbose ? `[${render_seconds(ms)}s] ` : '');
    return (e) => {
        switch (e.type) {
            case 'progress':
                opts.write(e.message);
                break;
            case 'verbose':
                if (opts.verbose)
                    opts.write(`[VERBOSE] ${e.message}`);
                break;
            case 'test-finished':
                // One line per test step, as the Action log has them; fixtures only when they fail.
                if (e.status === 'skipped' || (e.kind === 'fixture' && e.status === 'passed'))
                    break;
                opts.write(`  ${testMark(e.status === 'passed', !!opts.plain)} ${e.path} (${e.durationMs} ms)`);
                break;
            case 'notice': {
                const p = stamp(e.elapsedMs);
                opts.write(p + e.message);
                if (e.detail)
                    opts.write(`${p}DETAIL: ${e.detail}`);
                if (e.hint)
                    opts.write(`${p}HINT: ${e.hint}`);
                break;
            }
            default:
                break;
        }
    };
}
function noColor(env) {
    return !!env.NO_COLOR;
}
/** `✓ db: 3 files loaded in 0.12s` / `✗ db: failed after 0.40s (unit 5 of 6 failed; …)`. */
function summaryLine(result, plain) {
    const db = result.database || '?';
    const s = render_seconds(result.durationMs);
    if (result.status === 'rehearsed') {
        const icon = plain ? 'ok' : '✓';
        return `${icon} ${db}: rehearsed in ${s}s — the head and its tests ran and were rolled back; nothing was committed`;
    }
    if (result.status === 'success') {
        const icon = plain ? 'ok' : '✓';
        const counts = testCounts(result);
        return `${icon} ${db}: ${result.filesLoaded} files loaded${counts ? `, ${counts}` : ''} in ${s}s`;
    }
    const icon = plain ? 'FAILED' : '✗';
    let line = `${icon} ${db}: failed after ${s}s`;
    const counts = testCounts(result);
    if (counts)
        line += ` (${counts})`;
    if (result.executionMode === 'psql' && result.failedUnit && result.executionUnits) {
        line += ` (unit ${result.failedUnit} of ${result.executionUnits} failed; ${result.unitsCommitted ?? 0} earlier unit(s) already committed)`;
    }
    return line;
}
/**
 * The `--json` document. `result` is absent when the failure happened before the engine ran
 * (then there are no run fields). Keys are emitted in alphabetical order, as upstream does.
 */
function jsonEnvelope(exitCode, result, error) {
    const status = exitCode !== 0 ? 'failed' : result?.status === 'rehearsed' ? 'rehearsed' : 'success';
    const env = { status, exitCode };
    if (result?.engineRan) {
        env.filesLoaded = result.filesLoaded;
        env.testMacros = result.testMacros;
        env.durationMs = result.durationMs;
        env.database = result.database;
        if (result.executionUnits !== undefined) {
            env.executionUnits = result.executionUnits;
            env.unitsCommitted = result.unitsCommitted ?? 0;
        }
        if (result.executionMode)
            env.executionMode = result.executionMode;
        if (result.timings)
            env.timings = result.timings;
        if (result.changeReport) {
            env.changes = result.changeReport.changes;
            env.changeCounts = result.changeReport.counts;
        }
        if (result.notRehearsed)
            env.notRehearsed = result.notRehearsed;
    }
    const err = error ?? result?.error;
    if (exitCode !== 0 && err !== undefined) {
        const { message, exitCode: _code, ...rest } = (0,engine_errors/* errorDetail */.m2)(err);
        env.error = message;
        Object.assign(env, rest);
    }
    else if (exitCode !== 0) {
        env.error = 'interrupted';
    }
    const sorted = {};
    for (const k of Object.keys(env).sort())
        sorted[k] = env[k];
    return sorted;
}

;// CONCATENATED MODULE: ./src/reports/junit.ts
/**
 * JUnit XML for CI systems that read test reports (GitLab `artifacts:reports:junit`, Azure
 * `PublishTestResults@2`, Jenkins `junit`): one suite per test directory, one testcase per test
 * file, failures carrying the message, SQLSTATE and file:line. A deploy that failed outside the
 * tests adds a `deploy.sql` testcase with the error, so the report never reads green by omission.
 */

function junit_xml(s) {
    // XML 1.0 forbids most control characters even when escaped; drop them.
    return (s
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
        .replace(/[<>&"']/g, (c) => c === '<'
        ? '&lt;'
        : c === '>'
            ? '&gt;'
            : c === '&'
                ? '&amp;'
                : c === '"'
                    ? '&quot;'
                    : '&apos;'));
}
const junit_secs = (ms) => (ms / 1000).toFixed(3);
function directoryOf(p) {
    return p.slice(0, p.lastIndexOf('/') + 1);
}
function caseXml(t, failureText, line, fileOf = (f) => f) {
    const name = t.path.slice(t.path.lastIndexOf('/') + 1);
    const attrs = `name="${junit_xml(name)}" classname="${junit_xml(directoryOf(t.path))}" file="${junit_xml(fileOf(t.path))}"` +
        `${line ? ` line="${line}"` : ''} time="${junit_secs(t.durationMs)}"`;
    if (t.status === 'passed')
        return `    <testcase ${attrs}/>`;
    if (t.status === 'skipped')
        return `    <testcase ${attrs}>\n      <skipped message="not run: an earlier step failed"/>\n    </testcase>`;
    const tag = t.kind === 'fixture' ? 'error' : 'failure';
    const type = t.sqlstate ? `SQLSTATE ${t.sqlstate}` : 'failure';
    return `    <testcase ${attrs}>\n      <${tag} message="${junit_xml(t.message ?? 'failed')}" type="${junit_xml(type)}">${junit_xml(failureText ?? t.message ?? '')}</${tag}>\n    </testcase>`;
}
/**
 * @param opts.file names project files in `file=` attributes: relative to the CI workspace when
 *   there is one (as the CI systems' other reports are), else as the project names them.
 */
function junitReport(result, opts = {}) {
    const timestamp = opts.timestamp ?? new Date();
    const fileOf = opts.file ?? ((f) => f);
    const detail = result.error !== undefined ? (0,engine_errors/* errorDetail */.m2)(result.error) : undefined;
    // The located script (a project file, or deploy.sql) carries the line; failedFile alone
    // (upstream's message rule) names only the file.
    const where = detail?.script
        ? `${detail.script}:${detail.line}${detail.column ? `:${detail.column}` : ''}`
        : detail?.failedFile;
    const failureText = detail
        ? [
            detail.message,
            detail.sqlstate && `SQLSTATE: ${detail.sqlstate}`,
            detail.detail && `DETAIL: ${detail.detail}`,
            detail.hint && `HINT: ${detail.hint}`,
            where && `at ${where}`,
        ]
            .filter(Boolean)
            .join('\n')
        : undefined;
    // Tests and failing fixtures are testcases; passing fixtures are setup, not results.
    const cases = result.tests.filter((t) => t.kind === 'test' || t.status === 'failed');
    const suites = new Map();
    for (const t of cases) {
        const dir = directoryOf(t.path);
        suites.set(dir, [...(suites.get(dir) ?? []), t]);
    }
    const failedInTests = cases.some((t) => t.status === 'failed');
    const parts = [];
    let total = 0;
    let failures = 0;
    let errors = 0;
    for (const [dir, list] of suites) {
        const f = list.filter((t) => t.status === 'failed' && t.kind === 'test').length;
        const e = list.filter((t) => t.status === 'failed' && t.kind === 'fixture').length;
        const s = list.filter((t) => t.status === 'skipped').length;
        const time = list.reduce((a, t) => a + t.durationMs, 0);
        total += list.length;
        failures += f;
        errors += e;
        parts.push(`  <testsuite name="${junit_xml(dir)}" tests="${list.length}" failures="${f}" errors="${e}" skipped="${s}" time="${junit_secs(time)}" timestamp="${timestamp.toISOString().slice(0, 19)}">\n` +
            list
                .map((t) => t.status === 'failed'
                ? caseXml(t, failureText, detail?.script === t.path ? detail.line : undefined, fileOf)
                : caseXml(t, undefined, undefined, fileOf))
                .join('\n') +
            '\n  </testsuite>');
    }
    if (result.status === 'failed' && !failedInTests && detail) {
        total += 1;
        errors += 1;
        parts.push(`  <testsuite name="deploy.sql" tests="1" failures="0" errors="1" skipped="0" time="${junit_secs(result.durationMs)}" timestamp="${timestamp.toISOString().slice(0, 19)}">\n` +
            `    <testcase name="deploy" classname="deploy.sql" file="${junit_xml(fileOf(detail.script ?? detail.failedFile ?? 'deploy.sql'))}"${detail.script && detail.line ? ` line="${detail.line}"` : ''} time="${junit_secs(result.durationMs)}">\n` +
            `      <error message="${junit_xml(detail.message)}" type="${junit_xml(detail.sqlstate ? `SQLSTATE ${detail.sqlstate}` : `exit ${detail.exitCode}`)}">${junit_xml(failureText ?? '')}</error>\n` +
            '    </testcase>\n  </testsuite>');
    }
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' +
        // No `skipped` on <testsuites>: the JUnit schema Jenkins validates against has it only on
        // <testsuite>, where it is.
        `<testsuites name="pgmi ${junit_xml(result.database)}" tests="${total}" failures="${failures}" errors="${errors}" time="${junit_secs(result.durationMs)}">\n` +
        (parts.length ? parts.join('\n') + '\n' : '') +
        '</testsuites>\n');
}

;// CONCATENATED MODULE: ./src/reports/writable.ts
/**
 * Report files are checked before anything connects: a path that cannot be written is a
 * configuration error (exit 10) naming the flag, input or variable, and nothing is deployed, rather
 * than a warning after a deploy that already happened.
 */



/** A report path that cannot be written: found before connecting, so nothing is deployed. */
class ReportPathError extends engine_errors.ConfigError {
    file;
    constructor(message, 
    /** The absolute path that cannot be written. */
    file) {
        super(message);
        this.file = file;
    }
}
function statOf(p) {
    try {
        return (0,external_node_fs_.statSync)(p);
    }
    catch {
        return undefined;
    }
}
/**
 * Checks that each `[what, file]` can be written: the file is not a directory and is writable, or
 * the nearest existing ancestor is a writable directory (the missing ones are created when the
 * report is written). Nothing is created here. `what` names the setting in the message
 * (`--junit-report`, `input "junit-report"`, `PGMI_GITLAB_DOTENV`).
 */
function checkWritablePaths(wanted, cwd = process.cwd()) {
    for (const [what, file] of wanted) {
        const full = external_node_path_default().resolve(cwd, file);
        const fail = (why) => {
            throw new ReportPathError(`invalid configuration: ${what}: cannot write ${JSON.stringify(file)}: ${why}`, full);
        };
        const st = statOf(full);
        if (st) {
            if (st.isDirectory())
                fail('it is a directory');
            try {
                (0,external_node_fs_.accessSync)(full, external_node_fs_.constants.W_OK);
            }
            catch {
                fail('the file is not writable');
            }
            continue;
        }
        let dir = external_node_path_default().dirname(full);
        let dst = statOf(dir);
        while (!dst && external_node_path_default().dirname(dir) !== dir) {
            dir = external_node_path_default().dirname(dir);
            dst = statOf(dir);
        }
        if (dst && !dst.isDirectory())
            fail(`${dir} is not a directory`);
        try {
            (0,external_node_fs_.accessSync)(dir, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
        }
        catch {
            fail(`the directory ${dir} is not writable`);
        }
    }
}

;// CONCATENATED MODULE: ./src/action/render/reports.ts
/**
 * Report files the workflow asked for: the JSON document equal to the CLI's `--json` (same
 * envelope function) and JUnit XML (same generator as `--junit-report`). Relative paths are
 * relative to the step's working directory (the repository root on a runner).
 */





function writeFile(file, content) {
    const abs = external_node_path_default().resolve(file);
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(abs), { recursive: true });
    (0,external_node_fs_.writeFileSync)(abs, content);
    return abs;
}
/**
 * Writes the requested reports; returns their absolute paths.
 * @param fileOf names project files in the JUnit report (relative to GITHUB_WORKSPACE).
 */
function writeReports(paths, exitCode, result, fileOf) {
    const written = {};
    if (paths.json) {
        const doc = jsonEnvelope(exitCode, result.engineRan ? result : undefined, result.error);
        written.json = writeFile(paths.json, JSON.stringify(doc, null, 2) + '\n');
    }
    if (paths.junit) {
        written.junit = writeFile(paths.junit, junitReport(result, { file: fileOf }));
    }
    return written;
}
/** Before connecting: each requested report path can be written, else exit 10 naming the input. */
function checkReportInputs(paths) {
    const wanted = [];
    if (paths.json)
        wanted.push(['input "json-report"', paths.json]);
    if (paths.junit)
        wanted.push(['input "junit-report"', paths.junit]);
    checkWritablePaths(wanted);
}
/** The requested reports without the one `error` found unwritable (it is the run's error). */
function writableReports(paths, error) {
    if (!(error instanceof ReportPathError))
        return paths;
    const keep = (p) => (p && external_node_path_default().resolve(p) !== error.file ? p : undefined);
    return { json: keep(paths.json), junit: keep(paths.junit) };
}

;// CONCATENATED MODULE: ./src/action/render/summary.ts




function overflowSection(overflow) {
    if (!overflow.length)
        return [];
    return [
        '### More annotations',
        '',
        `GitHub shows ${ANNOTATION_CAP} annotations of each type per step; these did not fit:`,
        '',
        ...overflow.map((a) => {
            const where = a.props.file
                ? ` ${mdCode(`${a.props.file}${a.props.startLine ? `:${a.props.startLine}` : ''}`)}`
                : '';
            return `- ${a.level === 'error' ? '❌' : '⚠️'}${where} ${mdText(a.message)}`;
        }),
        '',
    ];
}
/** The summary as Markdown. Every text passes through pgmi's redaction. */
function summaryMarkdown(input) {
    return reviewMarkdown({
        exitCode: input.exitCode,
        exitName: outputs_resultName(input.exitCode),
        result: input.result,
        detail: input.detail,
        hints: input.hints,
        location: input.location,
        facts: input.facts,
    }, { limit: STEP_SUMMARY_LIMIT, extra: overflowSection(input.overflow) });
}

;// CONCATENATED MODULE: ./src/fleet/result.ts
/**
 * A fleet's outcome: one entry per target, in list order, and the totals. The same shape is the
 * `--json` document, the Action's `json-report` and what `pgmi report merge` reads back, so it
 * holds only data (error details already redacted), never live error objects.
 */

/** A target's entry from its engine result. */
function targetResult(name, position, result, exitCode = result.exitCode) {
    const ok = exitCode === engine_errors/* ExitCode */.yU.Success;
    const status = !ok
        ? 'failed'
        : result.status === 'rehearsed'
            ? 'rehearsed'
            : 'succeeded';
    const error = ok ? null : (0,engine_errors/* errorDetail */.m2)(result.error ?? new Error('interrupted'));
    return {
        database: name,
        position,
        status,
        exitCode,
        durationMs: result.durationMs,
        tests: result.tests,
        changes: result.changeReport ?? null,
        error: error && { ...error, exitCode },
        ...(result.engineRan && result.timings ? { timings: pickTargetTimings(result.timings) } : {}),
    };
}
/** The per-target phases; the project's scan and checksums happen once for the whole fleet. */
function pickTargetTimings(t) {
    const { scanMs: _scan, checksumMs: _checksum, projectBytes: _bytes, ...perTarget } = t;
    return perTarget;
}
function skippedTarget(name, position) {
    return {
        database: name,
        position,
        status: 'skipped',
        exitCode: null,
        durationMs: 0,
        tests: [],
        changes: null,
        error: null,
    };
}
function fleetTotals(targets) {
    const count = (s) => targets.filter((t) => t.status === s).length;
    const rehearsed = count('rehearsed');
    return {
        total: targets.length,
        succeeded: count('succeeded') + rehearsed,
        failed: count('failed'),
        skipped: count('skipped'),
        ...(rehearsed ? { rehearsed } : {}),
    };
}
/**
 * 0 when every target succeeded (or rehearsed); otherwise the exit code of the first failed
 * target in list order. A skipped target without any failure (an interrupted run reports its own
 * code instead) is still not a success: 1.
 */
function fleetExitCode(targets) {
    const sorted = [...targets].sort((a, b) => a.position - b.position);
    const failed = sorted.find((t) => t.status === 'failed');
    if (failed)
        return failed.exitCode ?? engine_errors/* ExitCode */.yU.General;
    return sorted.some((t) => t.status === 'skipped') ? engine_errors/* ExitCode */.yU.General : engine_errors/* ExitCode */.yU.Success;
}
/** Assembles the result; `exitCode` overrides the list rule (a signal: 130/143). */
function fleetResult(targets, durationMs, extra = {}) {
    const sorted = [...targets].sort((a, b) => a.position - b.position);
    const exitCode = extra.exitCode ?? fleetExitCode(sorted);
    return {
        status: exitCode === 0 ? 'success' : 'failed',
        exitCode,
        targets: sorted,
        totals: fleetTotals(sorted),
        durationMs,
        ...(extra.shard ? { shard: extra.shard } : {}),
    };
}
/** The result of a fleet that failed before any target ran. */
function fleetFailure(err, durationMs = 0) {
    const code = (0,engine_errors/* exitCodeFor */.Rr)(err);
    return { ...fleetResult([], durationMs, { exitCode: code }), error: (0,engine_errors/* errorDetail */.m2)(err).message };
}
/** Objects a target changed (created + altered + dropped), when known. */
function changeCount(t) {
    if (!t.changes)
        return undefined;
    return t.changes.changes.length;
}
/** Tests passed / run for a target (fixtures are setup, not counted). */
function result_testCounts(t) {
    const tests = t.tests.filter((x) => x.kind === 'test' || x.status === 'failed');
    return {
        passed: tests.filter((x) => x.status === 'passed').length,
        failed: tests.filter((x) => x.status === 'failed').length,
        run: tests.filter((x) => x.status !== 'skipped').length,
    };
}
/** `file:line` of a failure, when the engine located it. */
function failureLocation(t) {
    const e = t.error;
    if (!e)
        return undefined;
    if (e.script)
        return e.line ? `${e.script}:${e.line}` : e.script;
    return e.failedFile;
}

;// CONCATENATED MODULE: ./src/fleet/run-fleet.ts
/**
 * Running one deploy per target: `parallel` at a time in list order, an optional canary batch
 * first, and no new start after a failure unless asked to continue. One AbortSignal covers the
 * whole fleet: Ctrl-C, SIGTERM or the fleet's `--timeout` aborts every deploy in flight (each
 * rolls back its own head and releases its own lock) and nothing further starts.
 */




const DEFAULT_PARALLEL = 4;
async function runFleet(targets, schedule, deps) {
    const controller = new AbortController();
    const abort = (reason) => {
        if (!controller.signal.aborted)
            controller.abort(reason);
    };
    const external = deps.signal;
    const onExternal = () => abort(external?.reason instanceof engine_errors/* PgmiError */.K8 ? external.reason : new engine_errors/* InterruptedError */.p4());
    if (external?.aborted)
        onExternal();
    else
        external?.addEventListener('abort', onExternal, { once: true });
    const timer = schedule.timeoutMs > 0
        ? setTimeout(() => abort(new engine_errors/* TimeoutError */.MU(`fleet deployment exceeded --timeout ${formatMs(schedule.timeoutMs)} (context deadline exceeded)`, {
            hints: [
                'raise --timeout (0 disables it), or deploy fewer targets per job with --shard',
            ],
        })), schedule.timeoutMs)
        : undefined;
    const entries = new Array(targets.length);
    const results = new Map();
    let stopped = false;
    const halted = () => stopped || controller.signal.aborted;
    const runOne = async (i) => {
        const target = targets[i];
        deps.onStart?.(target);
        let result;
        try {
            result = await deps.deployTarget(target, controller.signal);
        }
        catch (err) {
            result = resultBeforeEngine(err, {
                exitCode: err instanceof engine_errors/* PgmiError */.K8 ? err.exitCode : 1,
                database: target.database,
            });
        }
        const entry = targetResult(target.name, target.position, result);
        entries[i] = entry;
        results.set(target.position, result);
        if (entry.status === 'failed' && !schedule.continueOnError)
            stopped = true;
        deps.onFinish?.(entry, result);
    };
    // A fixed pool of workers taking the next index: list order, never more than `width` at once.
    const pool = async (from, to) => {
        let next = from;
        const worker = async () => {
            while (!halted() && next < to)
                await runOne(next++);
        };
        const width = Math.max(1, Math.min(schedule.parallel, to - from));
        await Promise.all(Array.from({ length: width }, worker));
    };
    try {
        const canary = Math.min(Math.max(0, schedule.canary), targets.length);
        if (canary > 0) {
            await pool(0, canary);
            if (entries.slice(0, canary).some((e) => e?.status === 'failed'))
                stopped = true;
        }
        await pool(canary, targets.length);
    }
    finally {
        if (timer)
            clearTimeout(timer);
        external?.removeEventListener('abort', onExternal);
    }
    return {
        targets: targets.map((t, i) => entries[i] ?? skippedTarget(t.name, t.position)),
        results,
        stopReason: controller.signal.aborted ? controller.signal.reason : undefined,
    };
}

;// CONCATENATED MODULE: ./src/fleet/deploy-fleet.ts
/**
 * A fleet deploy: the project is read and checked once, then each target gets a normal deploy
 * (its own connection, lock, session and transaction) through the engine's one entry.
 */


function deployFleet(fleet, targets, deps) {
    return runFleet(targets, fleet.schedule, {
        signal: deps.signal,
        onStart: deps.onStart,
        onFinish: deps.onFinish,
        deployTarget: (target, signal) => {
            const connection = deps.connections.for(target);
            return deploy({
                ...fleet.deploy.options,
                database: target.database,
                maintenanceDatabase: connection.maintenanceDatabase,
                // The fleet's signal carries the one --timeout for the whole run.
                timeoutMs: 0,
            }, {
                provider: connection.provider,
                project: deps.project,
                signal,
                // No one can answer a prompt per target: --overwrite needs --force in a fleet.
                approve: nonInteractiveApprover,
                onEvent: deps.onEvent && ((e) => deps.onEvent?.(target, e)),
            });
        },
    });
}

;// CONCATENATED MODULE: ./src/fleet/targets.ts
/**
 * The databases a fleet deploy runs on: a plain-text list (`--targets-file`, the Action's
 * multiline `targets`, pgmi.yaml `targets`), a comma list (`--targets`), or the rows of a
 * discovery query. Each entry is a database name on the fleet's server, or a full connection
 * string for a target elsewhere. Everything here is offline: problems are one ConfigError (10).
 */




// PostgreSQL truncates longer identifiers silently: a deploy would land in another database.
const MAX_NAME_BYTES = 63;
/** `#` comments (whole-line or trailing after whitespace) and blank lines dropped; trimmed. */
function listLines(text) {
    return text
        .split(/\r?\n/)
        .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
        .filter((l) => l !== '');
}
/** `--targets a,b,c` */
function commaList(text) {
    return text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
function looksLikeConnectionString(entry) {
    return /^postgres(ql)?:\/\//i.test(entry) || (entry.includes('=') && entry.includes(';'));
}
function parseEntry(entry, where, problems) {
    if (!looksLikeConnectionString(entry)) {
        if (Buffer.byteLength(entry) > MAX_NAME_BYTES) {
            problems.push(`${where}: database name longer than ${MAX_NAME_BYTES} bytes`);
            return undefined;
        }
        if (entry.includes('\0')) {
            problems.push(`${where}: database name holds a NUL character`);
            return undefined;
        }
        return { name: entry, database: entry };
    }
    let parsed;
    try {
        parsed = parseConnectionString(entry);
    }
    catch (err) {
        // The entry itself is never quoted: it may hold a password.
        const why = err instanceof ConnectionStringError ? err.message : 'cannot be parsed';
        problems.push(`${where}: connection string ${why}`);
        return undefined;
    }
    (0,engine_redact/* registerSecret */.cl)(parsed.password);
    (0,engine_redact/* registerSecret */.cl)(parsed.sslpassword);
    if (!parsed.database) {
        problems.push(`${where}: connection string names no database`);
        return undefined;
    }
    const host = parsed.host ?? 'localhost';
    const port = parsed.port ?? 5432;
    return {
        name: `${host}:${port}/${parsed.database}`,
        database: parsed.database,
        connection: entry,
    };
}
/**
 * Checks a list and numbers it: an empty list, a duplicate (same name, or same server and
 * database), an unparsable connection string or an impossible name is exit 10, every problem
 * in one message. Entries are named by their position, never quoted when they are connection
 * strings.
 */
function checkTargets(entries, source) {
    const problems = [];
    if (entries.length === 0) {
        throw new engine_errors.ConfigError(`invalid configuration: ${source.label}: the target list is empty`, {
            hints: ['list one database name (or connection string) per line'],
        });
    }
    const seen = new Map();
    const targets = [];
    entries.forEach((entry, i) => {
        const where = `${source.label} entry ${i + 1}`;
        const t = parseEntry(entry, where, problems);
        if (!t)
            return;
        const first = seen.get(t.name);
        if (first !== undefined) {
            problems.push(`${where}: duplicate target ${JSON.stringify(t.name)} (same as entry ${first})`);
            return;
        }
        seen.set(t.name, i + 1);
        targets.push({ ...t, position: targets.length + 1 });
    });
    if (problems.length === 1)
        throw new engine_errors.ConfigError(`invalid configuration: ${problems[0]}`);
    if (problems.length > 1) {
        throw new engine_errors.ConfigError(`invalid configuration: ${problems.length} problems with the target list:\n` +
            problems.map((p) => `  - ${p}`).join('\n'));
    }
    return targets;
}
/** `--shard 2/4` → `{ index: 2, count: 4 }`; exit 10 naming the flag otherwise. */
function parseShard(text, label) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || index < 1 || index > count) {
        throw new engine_errors.ConfigError(`invalid configuration: ${label} ${JSON.stringify(text)}: expected I/N with 1 <= I <= N, e.g. 2/4`);
    }
    return { index, count };
}
function rankKey(name) {
    return (0,external_node_crypto_.createHash)('sha256').update(name).digest('hex');
}
/**
 * The targets of one shard, in list order. Targets are ranked by a hash of their name and dealt
 * round-robin: shard sizes differ by at most one, and the split depends only on the set of
 * names — not on the order a discovery query happened to return them in — so every job of a CI
 * matrix computes the same split without talking to the others.
 */
function shardTargets(targets, shard) {
    if (shard.count === 1)
        return targets;
    const ranked = [...targets].sort((a, b) => {
        const ka = rankKey(a.name);
        const kb = rankKey(b.name);
        return ka < kb ? -1 : ka > kb ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    });
    const mine = new Set(ranked.filter((_, i) => i % shard.count === shard.index - 1));
    return targets.filter((t) => mine.has(t));
}

;// CONCATENATED MODULE: ./src/fleet/fleet-input.ts
/**
 * Raw fleet input (CLI flags, Action inputs) → the shared deploy settings, where the target list
 * comes from, and the schedule. All offline; the discovery query runs later (`resolveTargets`).
 */








/** Whether a deploy is a fleet deploy: a target option given, or pgmi.yaml lists targets and no -d. */
function wantsFleet(raw, fleet) {
    if (fleet.targetsFile || fleet.targetsComma || fleet.targetsLines || fleet.targetsQuery)
        return true;
    if (raw.connection.database || raw.useProjectConfig === false)
        return false;
    try {
        const yaml = loadPgmiYaml(raw.projectPath);
        return !!(yaml?.targets || yaml?.targets_query);
    }
    catch {
        // A broken pgmi.yaml is reported by the single-database path with its usual message.
        return false;
    }
}
function count(value, name, min, fallback) {
    if (value === undefined || value === '')
        return fallback;
    const text = String(value).trim();
    const n = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(n) || n < min) {
        throw new engine_errors.ConfigError(`invalid configuration: ${name} ${JSON.stringify(String(value))}: expected a whole number of at least ${min}`);
    }
    return n;
}
function readTargetsFile(file, flag) {
    try {
        return listLines((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        throw new engine_errors.ConfigError(`invalid configuration: ${flag} ${file}: ${(0,engine_errors/* messageOf */.bD)(err)}`, {
            cause: err,
        });
    }
}
/** Picks exactly one target source (flags/inputs first, then pgmi.yaml). */
function targetSource(raw, fleet) {
    const n = fleet.names;
    const given = [];
    if (fleet.targetsFile && n.targetsFile)
        given.push({
            kind: 'list',
            label: `${n.targetsFile} ${fleet.targetsFile}`,
            entries: readTargetsFile(fleet.targetsFile, n.targetsFile),
        });
    if (fleet.targetsComma && n.targetsComma)
        given.push({ kind: 'list', label: n.targetsComma, entries: commaList(fleet.targetsComma) });
    if (fleet.targetsLines && n.targetsLines)
        given.push({ kind: 'list', label: n.targetsLines, entries: listLines(fleet.targetsLines) });
    if (fleet.targetsQuery)
        given.push({ kind: 'query', label: n.targetsQuery, sql: fleet.targetsQuery });
    if (given.length > 1) {
        throw new engine_errors.ConfigError(`invalid configuration: give one target source, not ${given.map((g) => g.label.split(' ')[0]).join(' and ')}`);
    }
    if (given.length === 1)
        return given[0];
    const yaml = raw.useProjectConfig === false ? undefined : loadPgmiYaml(raw.projectPath);
    if (yaml?.targets && yaml.targets_query) {
        throw new engine_errors.ConfigError('invalid configuration: pgmi.yaml: give targets or targets_query, not both');
    }
    if (yaml?.targets)
        return {
            kind: 'list',
            label: 'pgmi.yaml targets',
            entries: yaml.targets.map((t) => t.trim()).filter(Boolean),
        };
    if (yaml?.targets_query)
        return { kind: 'query', label: 'pgmi.yaml targets_query', sql: yaml.targets_query };
    throw new engine_errors.ConfigError(`invalid configuration: no targets given`);
}
// Stands in for -d while resolving the shared connection: a fleet has no single database, and
// the connection's own database (the string's, or pgmi.yaml's maintenance_database) becomes
// the maintenance database the discovery query and CREATE DATABASE use.
const NO_DATABASE = '\u0000fleet';
function buildFleet(raw, fleet, ctx) {
    const n = fleet.names;
    if (raw.connection.database &&
        (fleet.targetsFile || fleet.targetsComma || fleet.targetsLines || fleet.targetsQuery)) {
        throw new engine_errors.ConfigError(`invalid configuration: ${n.database} names one database and the target options name many; give one or the other`);
    }
    const deploy = buildDeploy({ ...raw, connection: { ...raw.connection, database: NO_DATABASE } }, ctx);
    const source = targetSource(raw, fleet);
    return {
        deploy,
        source,
        schedule: {
            parallel: count(fleet.parallel, n.parallel, 1, DEFAULT_PARALLEL),
            canary: count(fleet.canary, n.canary, 0, 0),
            continueOnError: !!fleet.continueOnError,
            // One limit for the whole fleet, resolved like a single deploy's (flag, pgmi.yaml, 3m).
            timeoutMs: deploy.options.timeoutMs,
        },
        shard: fleet.shard ? parseShard(fleet.shard, n.shard) : undefined,
        raw,
    };
}
/**
 * The target list: the given list, or the discovery query's first column (run on the
 * maintenance database), checked and then cut to this job's shard.
 */
async function resolveTargets(fleet, signal) {
    const { source } = fleet;
    let entries;
    if (source.kind === 'list')
        entries = source.entries;
    else
        entries = await discover(fleet, source.sql, source.label, signal);
    const all = checkTargets(entries, { label: source.label });
    return { all, mine: fleet.shard ? shardTargets(all, fleet.shard) : all };
}
async function discover(fleet, sql, label, signal) {
    const { provider, maintenanceDatabase } = fleet.deploy.connection;
    const { client } = await provider.connect({ database: maintenanceDatabase, signal });
    try {
        // Read-only, whatever the query says: discovery must not be a side door for writes.
        await client.query('BEGIN READ ONLY');
        const r = await client.query({ text: sql, rowMode: 'array' });
        await client.query('COMMIT');
        const rows = (Array.isArray(r) ? r[r.length - 1] : r).rows;
        return rows.map((row) => row[0] === null || row[0] === undefined ? '' : String(row[0]).trim());
    }
    catch (err) {
        if (err instanceof engine_errors/* PgmiError */.K8)
            throw err;
        throw new engine_errors.ConfigError(`invalid configuration: ${label} failed: ${(0,engine_errors/* messageOf */.bD)(err)}`, {
            cause: err,
            hints: [
                'the query runs on the maintenance database; its first column must name the target databases',
            ],
        });
    }
    finally {
        await client.end().catch(() => undefined);
    }
}
/**
 * Connections for targets given as connection strings, resolved offline before anything runs
 * (a bad string is exit 10 naming the target): one resolved connection — one provider, one
 * cloud token cache — per server and user, however many of its databases the list names.
 */
function targetConnections(fleet, targets, ctx) {
    const byServer = new Map();
    const byTarget = new Map();
    for (const target of targets) {
        if (!target.connection)
            continue;
        const p = parseConnectionString(target.connection);
        const key = JSON.stringify([p.host, p.port, p.user, p.password, p.sslmode, p.options]);
        let resolved = byServer.get(key);
        if (!resolved) {
            try {
                resolved = resolveConnection({
                    ...fleet.raw.connection,
                    connection: target.connection,
                    database: undefined,
                    host: undefined,
                    port: undefined,
                    username: undefined,
                }, { env: ctx.env, onSecret: ctx.onSecret, onWarning: ctx.onWarning });
            }
            catch (err) {
                throw new engine_errors.ConfigError(`invalid configuration: target ${target.name}: ${(0,engine_errors/* messageOf */.bD)(err).replace(/^invalid configuration: /, '')}`, { cause: err });
            }
            byServer.set(key, resolved);
        }
        byTarget.set(target.position, resolved);
    }
    return {
        for: (target) => byTarget.get(target.position) ?? fleet.deploy.connection,
        async dispose() {
            await Promise.all([fleet.deploy.connection, ...byServer.values()].map((r) => r.provider.dispose().catch(() => undefined)));
        },
    };
}

;// CONCATENATED MODULE: ./src/fleet/lines.ts
/** One-line texts about fleet targets and totals, shared by the CLI and the Action log. */


const lines_seconds = (ms) => (ms / 1000).toFixed(2);
/** `✓ tenant_01 in 0.31s (2 tests passed, 3 objects changed)` / `✗ tenant_07: exit 13 (sql-error) at ./migrations/002.sql:4: relation "x" already exists`. */
function targetLine(t, plain) {
    if (t.status === 'skipped')
        return `${plain ? '-' : '–'} ${t.database}: skipped`;
    if (t.status === 'failed') {
        const at = failureLocation(t);
        const why = t.error?.message ?? 'failed';
        return `${plain ? 'FAILED' : '✗'} ${t.database}: exit ${t.exitCode} (${outputs_resultName(t.exitCode ?? 1)})${at ? ` at ${at}` : ''} after ${lines_seconds(t.durationMs)}s: ${why}`;
    }
    const notes = [];
    const tests = result_testCounts(t);
    if (tests.run)
        notes.push(`${tests.passed} test(s) passed`);
    const changes = changeCount(t);
    if (changes !== undefined)
        notes.push(`${changes} object(s) changed`);
    const verb = t.status === 'rehearsed' ? 'rehearsed' : 'deployed';
    return `${plain ? 'ok' : '✓'} ${t.database}: ${verb} in ${lines_seconds(t.durationMs)}s${notes.length ? ` (${notes.join(', ')})` : ''}`;
}
/** `12 targets: 11 succeeded, 1 failed, 0 skipped in 4.20s` */
function totalsLine(r) {
    const { total, succeeded, failed, skipped, rehearsed } = r.totals;
    const reh = rehearsed ? ` (${rehearsed} rehearsed)` : '';
    return `${total} target(s): ${succeeded} succeeded${reh}, ${failed} failed, ${skipped} skipped in ${lines_seconds(r.durationMs)}s`;
}

;// CONCATENATED MODULE: ./src/fleet/merge.ts
/**
 * `pgmi report merge`: the JSON reports of a fleet's shards (or of single deploys) joined into
 * one fleet result, as if one job had deployed every target — the same totals, the same exit
 * code rule (the first failed target in list order, by the positions the shards kept).
 */




const STATUSES = new Set(['succeeded', 'failed', 'rehearsed', 'skipped']);
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A single deploy's `--json` envelope as a one-target fleet entry. */
function fromEnvelope(doc) {
    if (typeof doc.database !== 'string' || typeof doc.exitCode !== 'number')
        return undefined;
    const ok = doc.exitCode === 0;
    const { status: _s, exitCode: _e, database: _d, error, ...rest } = doc;
    return {
        database: doc.database,
        position: 0,
        status: ok ? (doc.status === 'rehearsed' ? 'rehearsed' : 'succeeded') : 'failed',
        exitCode: doc.exitCode,
        durationMs: typeof doc.durationMs === 'number' ? doc.durationMs : 0,
        tests: [],
        changes: null,
        error: ok
            ? null
            : {
                ...rest,
                message: String(error ?? 'failed'),
                exitCode: doc.exitCode,
            },
    };
}
function targetsOf(doc, label) {
    if (!isObject(doc))
        throw new engine_errors.ConfigError(`invalid configuration: ${label}: not a pgmi JSON report`);
    if (!Array.isArray(doc.targets)) {
        const single = fromEnvelope(doc);
        if (!single)
            throw new engine_errors.ConfigError(`invalid configuration: ${label}: not a pgmi JSON report (no targets, no database)`);
        return [single];
    }
    return doc.targets.map((t, i) => {
        if (!isObject(t) ||
            typeof t.database !== 'string' ||
            typeof t.status !== 'string' ||
            !STATUSES.has(t.status) ||
            !(typeof t.exitCode === 'number' || t.exitCode === null)) {
            throw new engine_errors.ConfigError(`invalid configuration: ${label}: targets[${i}] is not a target result`);
        }
        return {
            database: t.database,
            position: typeof t.position === 'number' ? t.position : 0,
            status: t.status,
            exitCode: t.exitCode,
            durationMs: typeof t.durationMs === 'number' ? t.durationMs : 0,
            tests: Array.isArray(t.tests) ? t.tests : [],
            changes: isObject(t.changes) ? t.changes : null,
            error: isObject(t.error) ? t.error : null,
        };
    });
}
/**
 * Merges parsed reports (`label` names each in messages). A database reported twice is an
 * error: two shards of different lists, or one report given twice. Targets without a position
 * (single deploys) keep the order the reports were given in, after those with one.
 */
function mergeReports(docs) {
    if (docs.length === 0)
        throw new engine_errors.ConfigError('invalid configuration: no reports to merge');
    const all = [];
    const seen = new Map();
    let duration = 0;
    for (const { label, doc } of docs) {
        for (const t of targetsOf(doc, label)) {
            const first = seen.get(t.database);
            if (first !== undefined) {
                throw new engine_errors.ConfigError(`invalid configuration: ${label}: target ${JSON.stringify(t.database)} is also in ${first}; merge each shard's report once`);
            }
            seen.set(t.database, label);
            all.push(t);
        }
        if (isObject(doc) && typeof doc.durationMs === 'number')
            duration = Math.max(duration, doc.durationMs);
    }
    const maxPos = all.reduce((m, t) => Math.max(m, t.position), 0);
    let extra = maxPos;
    const numbered = all.map((t) => (t.position > 0 ? t : { ...t, position: ++extra }));
    // Shards run side by side: the merged run took as long as its longest job.
    return fleetResult(numbered, duration);
}
function readReport(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw new engine_errors.ConfigError(`invalid configuration: report ${file}: ${(0,engine_errors/* messageOf */.bD)(err)}`, {
            cause: err,
        });
    }
    try {
        return { label: file, doc: JSON.parse(text) };
    }
    catch (err) {
        throw new engine_errors.ConfigError(`invalid configuration: report ${file}: not JSON (${(0,engine_errors/* messageOf */.bD)(err)})`, {
            cause: err,
        });
    }
}
/**
 * Paths and glob patterns (`*`, `?`, `**`) → files, sorted. Hand-written: Node 20 has no
 * `fs.glob`, and one walk with a translated pattern is all this needs. A pattern matching
 * nothing is an error (a shard whose report never arrived must not pass unnoticed).
 */
function expandReportPaths(patterns, cwd = process.cwd()) {
    const out = [];
    for (const pattern of patterns) {
        if (!/[*?]/.test(pattern)) {
            out.push(pattern);
            continue;
        }
        const parts = pattern.split(/[\\/]/);
        const fixed = [];
        while (parts.length && !/[*?]/.test(parts[0]))
            fixed.push(parts.shift());
        const base = external_node_path_default().resolve(cwd, fixed.join('/') || '.');
        const re = globRegExp(parts.join('/'));
        const found = [];
        const walk = (dir, rel) => {
            let names;
            try {
                names = (0,external_node_fs_.readdirSync)(dir);
            }
            catch {
                return;
            }
            for (const name of names) {
                const abs = external_node_path_default().join(dir, name);
                const r = rel ? `${rel}/${name}` : name;
                let st;
                try {
                    st = (0,external_node_fs_.statSync)(abs);
                }
                catch {
                    continue;
                }
                if (st.isDirectory())
                    walk(abs, r);
                else if (re.test(r))
                    found.push(fixed.length ? `${fixed.join('/')}/${r}` : r);
            }
        };
        walk(base, '');
        if (found.length === 0) {
            throw new engine_errors.ConfigError(`invalid configuration: no report matches ${JSON.stringify(pattern)}`);
        }
        out.push(...found.sort());
    }
    return out;
}
/** `**\/` any directories, `**` anything, `*` within a segment, `?` one character. */
function globRegExp(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (glob.startsWith('**/', i)) {
            out += '(?:.*/)?';
            i += 2;
        }
        else if (glob.startsWith('**', i)) {
            out += '.*';
            i += 1;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}

;// CONCATENATED MODULE: ./src/reports/junit-fleet.ts

const junit_fleet_secs = (ms) => (ms / 1000).toFixed(3);
function failureText(t) {
    const d = t.error;
    if (!d)
        return '';
    const where = d.script ? `${d.script}:${d.line}${d.column ? `:${d.column}` : ''}` : d.failedFile;
    return [
        d.message,
        d.sqlstate && `SQLSTATE: ${d.sqlstate}`,
        d.detail && `DETAIL: ${d.detail}`,
        d.hint && `HINT: ${d.hint}`,
        where && `at ${where}`,
    ]
        .filter(Boolean)
        .join('\n');
}
function suiteXml(t, stamp, fileOf) {
    const text = failureText(t);
    const cases = t.tests.filter((x) => x.kind === 'test' || x.status === 'failed');
    const lines = cases.map((x) => x.status === 'failed'
        ? caseXml(x, text, t.error?.script === x.path ? t.error?.line : undefined, fileOf)
        : caseXml(x, undefined, undefined, fileOf));
    const failures = cases.filter((x) => x.status === 'failed' && x.kind === 'test').length;
    let errors = cases.filter((x) => x.status === 'failed' && x.kind === 'fixture').length;
    let skipped = cases.filter((x) => x.status === 'skipped').length;
    const deployCase = (body) => `    <testcase name="deploy" classname="${junit_xml(t.database)}" time="${junit_fleet_secs(t.durationMs)}">\n      ${body}\n    </testcase>`;
    if (t.status === 'skipped') {
        skipped += 1;
        lines.push(deployCase('<skipped message="not started: the fleet stopped before this target"/>'));
    }
    else if (t.status === 'failed' && failures + errors === 0) {
        errors += 1;
        const d = t.error;
        const type = d?.sqlstate ? `SQLSTATE ${d.sqlstate}` : `exit ${t.exitCode}`;
        lines.push(deployCase(`<error message="${junit_xml(d?.message ?? 'failed')}" type="${junit_xml(type)}">${junit_xml(text)}</error>`));
    }
    const tests = lines.length;
    return {
        tests,
        failures,
        errors,
        xml: `  <testsuite name="${junit_xml(t.database)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${junit_fleet_secs(t.durationMs)}" timestamp="${stamp}">\n` +
            (lines.length ? lines.join('\n') + '\n' : '') +
            '  </testsuite>',
    };
}
/** @param opts.file names project files in `file=` (relative to the CI workspace, when known). */
function fleetJunitReport(result, opts = {}) {
    const stamp = (opts.timestamp ?? new Date()).toISOString().slice(0, 19);
    const suites = result.targets.map((t) => suiteXml(t, stamp, opts.file));
    const sum = (k) => suites.reduce((a, s) => a + s[k], 0);
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' +
        `<testsuites name="pgmi fleet" tests="${sum('tests')}" failures="${sum('failures')}" errors="${sum('errors')}" time="${junit_fleet_secs(result.durationMs)}">\n` +
        (suites.length ? suites.map((s) => s.xml).join('\n') + '\n' : '') +
        '</testsuites>\n');
}

;// CONCATENATED MODULE: ./src/ci/findings.ts
/**
 * What a CI system is told about a finished deploy, independent of its markup: the failure on its
 * project file and line, each other failed test on its file, the outputs (the Action's, by the
 * same rules), and where a project file sits relative to the repository root.
 */





function findings_runOutputs(result, exitCode) {
    const { 'json-report': _j, 'junit-report': _u, 'targets-total': _tt, 'targets-succeeded': _ts, 'targets-failed': _tf, 'targets-skipped': _tk, 'comment-url': _cu, 'comment-file': _cf, ...rest } = actionOutputs(exitCode, result, {});
    return rest;
}
/** The error findings of a run: the failure first, then failed tests on other files. */
function findings_errorFindings(result, exitCode) {
    const out = [];
    let failureFile;
    if (exitCode !== 0) {
        const detail = errorDetail(result.error ?? new InterruptedError());
        const source = failureSource(detail);
        failureFile = source?.file;
        const failedTest = result.tests.find((t) => t.status === 'failed' && t.path === source?.file);
        // The server's own words when there are some: pgmi's wrapper ("execution failed: ERROR: …
        // (SQLSTATE …)") repeats what the issue's code and location already say.
        const pg = firstPgError(result.error);
        const message = [
            pg ? redact(pg.message) : detail.message,
            detail.detail && `DETAIL: ${detail.detail}`,
            detail.hint && `HINT: ${detail.hint}`,
        ]
            .filter(Boolean)
            .join('\n');
        out.push({
            level: 'error',
            kind: 'failure',
            ...(source ?? {}),
            code: detail.sqlstate ?? `exit ${exitCode}`,
            title: failedTest
                ? `Test failed: ${failedTest.path}`
                : `pgmi deploy failed (exit ${exitCode})`,
            message,
        });
    }
    for (const t of result.tests) {
        if (t.status !== 'failed' || t.path === failureFile)
            continue;
        out.push({
            level: 'error',
            kind: 'test',
            file: t.path,
            ...(t.line ? { line: t.line } : {}),
            ...(t.sqlstate ? { code: t.sqlstate } : {}),
            title: `Test failed: ${t.path}`,
            message: redact(t.message ?? 'failed'),
        });
    }
    return out;
}
/** One-paragraph text of a finding for an issue list (the file and line travel separately). */
function findings_findingText(f) {
    return f.kind === 'test' ? `Test failed: ${f.message}` : f.message;
}
/** A `RAISE WARNING` whose project file the engine knows, as a finding; otherwise undefined. */
function findings_warningFinding(e) {
    if (e.severity !== 'WARNING' || !e.file)
        return undefined;
    const message = [e.message, e.detail && `DETAIL: ${e.detail}`, e.hint && `HINT: ${e.hint}`]
        .filter(Boolean)
        .join('\n');
    return {
        level: 'warning',
        kind: 'warning',
        file: e.file,
        ...(e.line ? { line: e.line } : {}),
        title: 'RAISE WARNING',
        message: redact(message),
    };
}
/**
 * A project file as the CI system links it: relative to the repository root (forward slashes)
 * when it lies inside it, else absolute.
 */
function findings_repoPath(root, cwd, projectPath, projectFile) {
    const abs = path.resolve(cwd, projectPath, projectFile);
    const rel = path.relative(path.resolve(cwd, root), abs);
    if (rel.startsWith('..') || path.isAbsolute(rel))
        return abs.split(path.sep).join('/');
    return (rel === '' ? '.' : rel).split(path.sep).join('/');
}

;// CONCATENATED MODULE: ./src/ci/phases.ts
const phases_PHASE_TITLES = {
    validate: 'Check the project',
    database: 'Connect and prepare the database',
    session: 'Load the project into the session',
    execute: 'Run deploy.sql',
};
function phases_phaseGroups(markup, write) {
    let open;
    const close = () => {
        if (open)
            write(markup.end(open));
        open = undefined;
    };
    return {
        enter(phase) {
            close();
            write(markup.start(phase, `pgmi: ${phases_PHASE_TITLES[phase]}`));
            open = phase;
        },
        close,
    };
}

;// CONCATENATED MODULE: ./src/ci/azure.ts



/**
 * The agent's escaping (azure-pipelines-task-lib `taskcommand`): `%` first as `%AZP25`, then line
 * breaks; property values also escape `;` and `]`, which would end the property or the command.
 */
function escapeData(s) {
    return s.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/;/g, '%3B').replace(/]/g, '%5D');
}
function azure_vso(area, props, data = '') {
    const p = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(';');
    return `##vso[${area}${p ? ' ' + p : ''}]${escapeData(data)}\n`;
}
/** Output variable names: `pgmi.exitCode`, `pgmi.testsFailed`, … (the Action's, camel-cased). */
function azure_azureVariableName(output) {
    return 'pgmi.' + output.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}
function azureRenderer(ctx) {
    const command = ctx.json ? ctx.stderr : ctx.stdout;
    const root = ctx.env.BUILD_SOURCESDIRECTORY || ctx.cwd || process.cwd();
    const where = (file) => repoPath(root, ctx.cwd ?? process.cwd(), ctx.projectPath ?? '.', file);
    const groups = phaseGroups({ start: (_p, title) => `##[group]${title}\n`, end: () => '##[endgroup]\n' }, ctx.stderr);
    const issue = (f) => command(azure_vso('task.logissue', {
        type: f.level,
        sourcepath: f.file ? where(f.file) : undefined,
        linenumber: f.file ? (f.line ?? 1) : undefined,
        columnnumber: f.file && f.line ? f.column : undefined,
        code: f.code,
    }, findingText(f)));
    return {
        name: 'azure',
        onEvent(e) {
            if (e.type === 'phase')
                groups.enter(e.phase);
            else if (e.type === 'notice') {
                const w = warningFinding(e);
                if (w)
                    issue(w);
            }
        },
        finish(result, exitCode) {
            groups.close();
            for (const f of errorFindings(result, exitCode))
                issue(f);
            for (const [name, value] of Object.entries(runOutputs(result, exitCode))) {
                command(azure_vso('task.setvariable', { variable: azure_azureVariableName(name), isOutput: true }, value));
            }
            const status = exitCode === 0 ? 'Succeeded' : 'Failed';
            command(`##vso[task.complete result=${status};]pgmi: ${resultName(exitCode)} (exit ${exitCode})\n`);
        },
    };
}

;// CONCATENATED MODULE: ./src/ci/github.ts
/**
 * GitHub Actions, when a workflow runs the CLI or the image itself (`GITHUB_ACTIONS=true`) rather
 * than this repository's Action: plain workflow commands, no @actions/* code.
 *
 *   ::group::pgmi: Run deploy.sql … ::endgroup::
 *   ::warning file=db/x.sql,line=3,title=RAISE WARNING::…
 *   ::error file=db/migrations/002.sql,line=4,col=7,title=pgmi deploy failed (exit 13)::…
 *   $GITHUB_OUTPUT: exit-code, result, duration-ms, files-loaded, tests-passed, tests-failed,
 *                   server-version (the Action's output names)
 *
 * Paths are relative to GITHUB_WORKSPACE, where GitHub shows annotations on the file.
 */



/** Workflow-command escaping (@actions/core `command.ts`): data, then property values. */
function github_escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function github_escapeProperty(s) {
    return github_escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function workflowCommand(name, props, message) {
    const p = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${github_escapeProperty(String(v))}`)
        .join(',');
    return `::${name}${p ? ' ' + p : ''}::${github_escapeData(message)}\n`;
}
function githubRenderer(ctx) {
    const command = ctx.json ? ctx.stderr : ctx.stdout;
    const cwd = ctx.cwd ?? process.cwd();
    const root = ctx.env.GITHUB_WORKSPACE || cwd;
    const groups = phaseGroups({ start: (_p, title) => `::group::${github_escapeData(title)}\n`, end: () => '::endgroup::\n' }, ctx.stderr);
    const annotate = (f) => command(github_annotation(f, root, cwd, ctx.projectPath ?? '.'));
    return {
        name: 'github',
        onEvent(e) {
            if (e.type === 'phase')
                groups.enter(e.phase);
            else if (e.type === 'notice') {
                const w = warningFinding(e);
                if (w)
                    annotate(w);
            }
        },
        finish(result, exitCode) {
            groups.close();
            for (const f of errorFindings(result, exitCode))
                annotate(f);
            const file = ctx.env.GITHUB_OUTPUT;
            if (!file)
                return;
            // Every value is a single line (numbers, a result name, a version), so `name=value` is safe.
            const lines = Object.entries(runOutputs(result, exitCode))
                .map(([k, v]) => `${k}=${v.replace(/[\r\n]/g, ' ')}\n`)
                .join('');
            try {
                appendFileSync(file, lines);
            }
            catch (err) {
                ctx.stderr(`pgmi: warning: could not write step outputs to GITHUB_OUTPUT: ${String(err)}\n`);
            }
        },
    };
}
/** A finding as a GitHub annotation command, its file relative to the workspace `root`. */
function github_annotation(f, root, cwd, projectPath) {
    return workflowCommand(f.level, {
        file: f.file ? repoPath(root, cwd, projectPath, f.file) : undefined,
        // GitHub places annotations on lines: a file-only finding goes on line 1.
        line: f.file ? (f.line ?? 1) : undefined,
        col: f.file && f.line ? f.column : undefined,
        title: f.title,
    }, findingText(f));
}

;// CONCATENATED MODULE: ./src/ci/gitlab-reports.ts
/**
 * GitLab report files: a dotenv report (`artifacts:reports:dotenv`) with the Action's outputs
 * under valid variable names, and a Code Quality report (`artifacts:reports:codequality`) whose
 * issues point at the failing file and line.
 */



/** `exit-code` → `PGMI_EXIT_CODE`: GitLab dotenv keys must be valid variable names. */
function dotenvKey(output) {
    return 'PGMI_' + output.toUpperCase().replace(/-/g, '_');
}
/**
 * KEY=value lines. GitLab's dotenv parser takes neither quotes, comments nor multi-line values,
 * so values are single lines as they are; an empty value (server version of a run that never
 * connected) is left out rather than written as `KEY=`.
 */
function gitlab_reports_dotenvReport(outputs) {
    return Object.entries(outputs)
        .filter(([, v]) => v !== '')
        .map(([k, v]) => `${dotenvKey(k)}=${v.replace(/[\r\n]/g, ' ')}\n`)
        .join('');
}
function checkOf(f, exitCode) {
    if (f.kind === 'warning')
        return { check: 'pgmi-raise-warning', severity: 'minor' };
    if (f.kind === 'test')
        return { check: 'pgmi-test-failed', severity: 'critical' };
    return { check: `pgmi-${resultName(exitCode)}`, severity: 'blocker' };
}
/**
 * Findings with a file become issues (GitLab requires a path; a connection error has none and
 * stays in the log and the JUnit report). Fingerprints are stable across pipelines for the same
 * problem at the same place, so GitLab can tell new issues from resolved ones.
 */
function gitlab_reports_codeQualityReport(findings, exitCode, toPath) {
    const out = [];
    const seen = new Set();
    for (const f of findings) {
        if (!f.file)
            continue;
        const { check, severity } = checkOf(f, exitCode);
        const code = f.code
            ? /^[0-9A-Z]{5}$/.test(f.code)
                ? ` (SQLSTATE ${f.code})`
                : ` (${f.code})`
            : '';
        const description = findingText(f).replace(/\s*\n\s*/g, ' ') + code;
        const filePath = toPath(f.file);
        const line = f.line && f.line > 0 ? f.line : 1;
        const fingerprint = createHash('sha256')
            .update([check, filePath, line, description].join('\0'))
            .digest('hex');
        if (seen.has(fingerprint))
            continue;
        seen.add(fingerprint);
        out.push({
            description,
            check_name: check,
            fingerprint,
            severity,
            location: { path: filePath, lines: { begin: line } },
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/ci/gitlab.ts
/**
 * GitLab CI (`GITLAB_CI=true`): one collapsible log section per phase, and two report files for
 * `artifacts:reports` written when the deploy ends, whatever its outcome:
 *
 *   PGMI_GITLAB_DOTENV        dotenv report, default `pgmi.env`:
 *                             PGMI_EXIT_CODE, PGMI_RESULT, PGMI_DURATION_MS, PGMI_FILES_LOADED,
 *                             PGMI_TESTS_PASSED, PGMI_TESTS_FAILED, PGMI_SERVER_VERSION
 *   PGMI_GITLAB_CODE_QUALITY  Code Quality report, default `gl-code-quality-report.json`
 *
 * Relative report paths are relative to the working directory; set a variable to the empty
 * string to skip that file. Code Quality paths are relative to CI_PROJECT_DIR (the repository).
 */





const gitlab_DEFAULT_DOTENV = 'pgmi.env';
const gitlab_DEFAULT_CODE_QUALITY = 'gl-code-quality-report.json';
/** The report files a GitLab run will write, named by their variables (checked before connecting). */
function gitlabReportPaths(env) {
    const files = [
        ['PGMI_GITLAB_DOTENV', env.PGMI_GITLAB_DOTENV ?? gitlab_DEFAULT_DOTENV],
        ['PGMI_GITLAB_CODE_QUALITY', env.PGMI_GITLAB_CODE_QUALITY ?? gitlab_DEFAULT_CODE_QUALITY],
    ];
    return files.filter(([, file]) => file !== '');
}
/**
 * Section markers as GitLab documents them: `\e[0K` erases the marker from the rendered line,
 * `\r` returns over it, and the header follows. Names hold only letters, digits, `_.-`.
 */
function sectionStart(name, header, collapsed, at) {
    const ts = Math.floor(at.getTime() / 1000);
    return `\x1b[0Ksection_start:${ts}:${name}${collapsed ? '[collapsed=true]' : ''}\r\x1b[0K${header}\n`;
}
function sectionEnd(name, at) {
    return `\x1b[0Ksection_end:${Math.floor(at.getTime() / 1000)}:${name}\r\x1b[0K\n`;
}
function gitlabRenderer(ctx, clock = () => new Date()) {
    const cwd = ctx.cwd ?? process.cwd();
    const root = ctx.env.CI_PROJECT_DIR || cwd;
    const warnings = [];
    // The run's own output is short except for deploy.sql's notices: keep that one open.
    const groups = phaseGroups({
        start: (p, title) => sectionStart(`pgmi_${p}`, title, p !== 'execute', clock()),
        end: (p) => sectionEnd(`pgmi_${p}`, clock()),
    }, ctx.stderr);
    const write = (setting, fallback, body, what) => {
        const file = setting ?? fallback;
        if (file === '')
            return;
        // Already reported as the run's error (exit 10 before connecting): not a second line.
        if (ctx.unwritable?.has(path.resolve(cwd, file)))
            return;
        try {
            const abs = path.resolve(cwd, file);
            mkdirSync(path.dirname(abs), { recursive: true });
            writeFileSync(abs, body);
        }
        catch (err) {
            ctx.stderr(`pgmi: warning: could not write the GitLab ${what} report ${file}: ${String(err)}\n`);
        }
    };
    return {
        name: 'gitlab',
        onEvent(e) {
            if (e.type === 'phase')
                groups.enter(e.phase);
            else if (e.type === 'notice') {
                const w = warningFinding(e);
                if (w)
                    warnings.push(w);
            }
        },
        finish(result, exitCode) {
            groups.close();
            write(ctx.env.PGMI_GITLAB_DOTENV, gitlab_DEFAULT_DOTENV, dotenvReport(runOutputs(result, exitCode)), 'dotenv');
            const findings = [...errorFindings(result, exitCode), ...warnings];
            const issues = codeQualityReport(findings, exitCode, (f) => repoPath(root, cwd, ctx.projectPath ?? '.', f));
            write(ctx.env.PGMI_GITLAB_CODE_QUALITY, gitlab_DEFAULT_CODE_QUALITY, JSON.stringify(issues, null, 2) + '\n', 'Code Quality');
        },
    };
}

;// CONCATENATED MODULE: ./src/ci/fleet.ts
/**
 * CI renderers for a fleet deploy run by the CLI or the image: the same markup as a single
 * deploy's (see index.ts), aggregated over the targets — one error per failing target, prefixed
 * with its database, and the fleet's outputs (`targets-total`, `-succeeded`, `-failed`,
 * `-skipped` next to `exit-code`, `result`, `duration-ms`).
 */









const FLEET_OUTPUTS = (/* unused pure expression or super */ null && ([
    'targets-total',
    'targets-succeeded',
    'targets-failed',
    'targets-skipped',
]));
/** The fleet's run outputs, in the Action's naming. */
function fleetOutputs(r) {
    return {
        'exit-code': String(r.exitCode),
        result: outputs_resultName(r.exitCode),
        'duration-ms': String(r.durationMs),
        'targets-total': String(r.totals.total),
        'targets-succeeded': String(r.totals.succeeded),
        'targets-failed': String(r.totals.failed),
        'targets-skipped': String(r.totals.skipped),
    };
}
/** One finding per failing target (on its file and line when known), then its other failed tests. */
function fleetFindings(r) {
    const out = [];
    for (const t of r.targets) {
        if (t.status !== 'failed')
            continue;
        const e = t.error;
        const file = e?.script ?? e?.failedFile;
        out.push({
            level: 'error',
            kind: 'failure',
            ...(file ? { file } : {}),
            ...(e?.script && e.line ? { line: e.line } : {}),
            ...(e?.script && e.column ? { column: e.column } : {}),
            code: e?.sqlstate ?? `exit ${t.exitCode}`,
            title: `${t.database}: pgmi deploy failed (exit ${t.exitCode})`,
            message: `${t.database}: ${[e?.message ?? 'failed', e?.detail && `DETAIL: ${e.detail}`, e?.hint && `HINT: ${e.hint}`].filter(Boolean).join('\n')}`,
        });
        for (const test of t.tests) {
            if (test.status !== 'failed' || test.path === file)
                continue;
            out.push({
                level: 'error',
                kind: 'test',
                file: test.path,
                ...(test.sqlstate ? { code: test.sqlstate } : {}),
                title: `${t.database}: Test failed: ${test.path}`,
                message: `${t.database}: ${(0,engine_redact/* redact */.E$)(test.message ?? 'failed')}`,
            });
        }
    }
    return out;
}
const plain = () => ({
    name: 'plain',
    onTarget: () => undefined,
    finish: () => undefined,
});
function detectFleetCi(ctx) {
    const { env } = ctx;
    const command = ctx.json ? ctx.stderr : ctx.stdout;
    const cwd = ctx.cwd ?? process.cwd();
    if (env.GITHUB_ACTIONS === 'true') {
        const root = env.GITHUB_WORKSPACE || cwd;
        return {
            name: 'github',
            onTarget: () => undefined,
            finish(r) {
                for (const f of fleetFindings(r))
                    command(annotation(f, root, cwd, ctx.projectPath ?? '.'));
                if (!env.GITHUB_OUTPUT)
                    return;
                try {
                    appendFileSync(env.GITHUB_OUTPUT, Object.entries(fleetOutputs(r))
                        .map(([k, v]) => `${k}=${v}\n`)
                        .join(''));
                }
                catch (err) {
                    ctx.stderr(`pgmi: warning: could not write step outputs to GITHUB_OUTPUT: ${String(err)}\n`);
                }
            },
        };
    }
    if (env.GITLAB_CI === 'true') {
        const root = env.CI_PROJECT_DIR || cwd;
        const write = (setting, fallback, body) => {
            const file = setting ?? fallback;
            if (file === '')
                return;
            try {
                const abs = path.resolve(cwd, file);
                mkdirSync(path.dirname(abs), { recursive: true });
                writeFileSync(abs, body);
            }
            catch (err) {
                ctx.stderr(`pgmi: warning: could not write the GitLab report ${file}: ${String(err)}\n`);
            }
        };
        return {
            name: 'gitlab',
            onTarget: () => undefined,
            finish(r) {
                write(env.PGMI_GITLAB_DOTENV, DEFAULT_DOTENV, dotenvReport(fleetOutputs(r)));
                const issues = codeQualityReport(fleetFindings(r), r.exitCode, (f) => repoPath(root, cwd, ctx.projectPath ?? '.', f));
                write(env.PGMI_GITLAB_CODE_QUALITY, DEFAULT_CODE_QUALITY, JSON.stringify(issues, null, 2) + '\n');
            },
        };
    }
    if ((env.TF_BUILD ?? '').toLowerCase() === 'true') {
        const root = env.BUILD_SOURCESDIRECTORY || cwd;
        return {
            name: 'azure',
            onTarget: () => undefined,
            finish(r) {
                for (const f of fleetFindings(r)) {
                    command(vso('task.logissue', {
                        type: f.level,
                        sourcepath: f.file
                            ? repoPath(root, cwd, ctx.projectPath ?? '.', f.file)
                            : undefined,
                        linenumber: f.file ? (f.line ?? 1) : undefined,
                        columnnumber: f.file && f.line ? f.column : undefined,
                        code: f.code,
                    }, findingText(f)));
                }
                for (const [name, value] of Object.entries(fleetOutputs(r))) {
                    command(vso('task.setvariable', { variable: azureVariableName(name), isOutput: true }, value));
                }
                const status = r.exitCode === 0 ? 'Succeeded' : 'Failed';
                command(`##vso[task.complete result=${status};]pgmi: ${resultName(r.exitCode)} (exit ${r.exitCode})\n`);
            },
        };
    }
    return plain();
}

;// CONCATENATED MODULE: ./src/render/fleet-table.ts
/**
 * The per-target table of a fleet (status, duration, tests, objects changed, failure file:line
 * and message), shared by the Action's job summary, `pgmi report merge --summary` and the review
 * comment, so every place shows a fleet the same way.
 */



const FLEET_STATUS = {
    succeeded: '✅ succeeded',
    rehearsed: '🧪 rehearsed',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
};
/** The line saying why a fleet stopped before any target ran; none when it did not. */
function fleetStoppedLines(r) {
    return r.error ? [`**Stopped before any target ran:** ${mdText(r.error)}`, ''] : [];
}
const FLEET_TABLE_HEAD = [
    '| Database | Status | Duration | Tests | Objects changed | Failure |',
    '| --- | --- | ---: | ---: | ---: | --- |',
];
/** One table row; `messageMax` cuts a long failure message. */
function fleetTableRow(t, messageMax = Infinity) {
    const tests = result_testCounts(t);
    const changes = changeCount(t);
    const at = failureLocation(t);
    const message = t.error?.message;
    const shortMessage = message && message.length > messageMax ? `${message.slice(0, messageMax)} …` : message;
    const failure = t.status === 'failed'
        ? [at && mdCode(at), shortMessage && mdText(shortMessage), `exit ${t.exitCode}`]
            .filter(Boolean)
            .join(' ')
        : '';
    return [
        mdCode(t.database),
        FLEET_STATUS[t.status],
        t.status === 'skipped' ? '' : `${(t.durationMs / 1000).toFixed(2)} s`,
        tests.run ? `${tests.passed}/${tests.run}` : '',
        changes === undefined ? '' : String(changes),
        failure,
    ]
        .join(' | ')
        .replace(/^/, '| ')
        .concat(' |');
}
/** The totals line under a fleet's heading, in the job summary and the review comment alike. */
function fleetFactsLine(r) {
    const { total, succeeded, failed, skipped, rehearsed } = r.totals;
    const facts = [
        `${total} target(s)`,
        `${succeeded} succeeded${rehearsed ? ` (${rehearsed} rehearsed)` : ''}`,
        `${failed} failed`,
        `${skipped} skipped`,
        `${(r.durationMs / 1000).toFixed(2)} s`,
        `exit code ${r.exitCode}${r.exitCode === 0 ? '' : ` (${outputs_resultName(r.exitCode)})`}`,
    ];
    if (r.shard)
        facts.splice(1, 0, `shard ${r.shard.index}/${r.shard.count}`);
    return facts.join(' · ');
}

;// CONCATENATED MODULE: ./src/action/render/fleet-summary.ts
/**
 * The job summary of a fleet deploy (and of `pgmi report merge --summary`): the totals, then one
 * row per target — status, duration, tests, objects changed, and for a failure its file:line and
 * message. Pure; every text passes through pgmi's redaction.
 */


function fleetSummaryMarkdown(r) {
    const ok = r.exitCode === 0;
    const lines = [
        `## ${ok ? '✅ pgmi fleet deploy succeeded' : '❌ pgmi fleet deploy failed'}`,
        '',
        fleetFactsLine(r),
        '',
        ...fleetStoppedLines(r),
        ...(r.targets.length
            ? [...FLEET_TABLE_HEAD, ...r.targets.map((t) => fleetTableRow(t)), '']
            : []),
    ];
    return (0,engine_redact/* redact */.E$)(lines.join('\n'));
}

;// CONCATENATED MODULE: ./src/render/review-fleet.ts
/**
 * The review comment (PR/MR) of a fleet deploy: the totals, what was deployed from where, and the
 * same per-target table as the Action's job summary (status, duration, tests, objects changed,
 * failure file:line). A fleet of thousands still fits the system's size limit: the table keeps
 * every failed target and as many others as fit, in list order, and says how many it left out.
 * Every text passes through pgmi's redaction.
 */



function review_fleet_heading(r) {
    if (r.exitCode !== 0)
        return '## ❌ pgmi fleet deploy failed';
    const rehearsedAll = r.totals.total > 0 && r.totals.rehearsed === r.totals.total;
    return rehearsedAll
        ? '## ✅ pgmi fleet rehearsal passed (rolled back)'
        : '## ✅ pgmi fleet deploy succeeded';
}
function deployedLine(f) {
    const where = [];
    if (f.host) {
        const hostPort = f.host.startsWith('/') ? f.host : `${f.host}${f.port ? `:${f.port}` : ''}`;
        where.push(`server ${mdCode(hostPort)}`);
    }
    if (f.projectPath)
        where.push(`project ${mdCode(f.projectPath)}`);
    if (f.commit)
        where.push(`commit ${mdCode(f.commit.slice(0, 12))}`);
    if (f.ref)
        where.push(`ref ${mdCode(f.ref)}`);
    const out = where.length ? [`- ${where.join(' · ')}`] : [];
    if (f.params?.length) {
        out.push(`- parameters: ${f.params.map((p) => mdCode(p)).join(', ')} (values not shown)`);
    }
    return out.length ? [...out, ''] : [];
}
/** At most `cap` rows: every failed target first in priority, then the others, in list order. */
function shownTargets(targets, cap) {
    if (targets.length <= cap)
        return targets;
    const keep = new Set();
    for (const t of targets)
        if (t.status === 'failed' && keep.size < cap)
            keep.add(t);
    for (const t of targets)
        if (keep.size < cap)
            keep.add(t);
    return targets.filter((t) => keep.has(t));
}
function review_fleet_assemble(r, opts, cap) {
    const rows = shownTargets(r.targets, cap);
    const hidden = r.targets.length - rows.length;
    const allFailedShown = rows.filter((t) => t.status === 'failed').length === r.totals.failed;
    const url = opts.facts?.runUrl;
    const lines = [
        ...(opts.marker ? [opts.marker] : []),
        review_fleet_heading(r),
        '',
        fleetFactsLine(r),
        '',
        ...fleetStoppedLines(r),
        ...deployedLine(opts.facts ?? {}),
        ...(r.targets.length
            ? [...FLEET_TABLE_HEAD, ...rows.map((t) => fleetTableRow(t, 500)), '']
            : []),
        ...(hidden > 0
            ? [
                `…and ${hidden} more target(s) not shown${allFailedShown ? ' (every failed one is listed)' : ''}${url ? `: see the [run](${url})` : ''}.`,
                '',
            ]
            : []),
        ...(opts.extra ?? []),
        ...(url ? [`[View the run](${url})`, ''] : []),
    ];
    return (0,engine_redact/* redact */.E$)(lines.join('\n'));
}
/** Row caps tried in turn until the comment fits its limit. */
const review_fleet_CAPS = [Infinity, 2000, 1000, 500, 250, 100, 50, 20, 10, 5, 0];
/** The fleet's comment as Markdown, at most `opts.limit` characters. */
function fleetReviewMarkdown(r, opts) {
    for (const cap of review_fleet_CAPS) {
        const md = review_fleet_assemble(r, opts, cap);
        if (md.length <= opts.limit)
            return md;
    }
    const tail = '\n\n---\n**Truncated** to fit the size limit: see the run for the full report.\n';
    const md = review_fleet_assemble(r, opts, 0);
    return md.slice(0, Math.max(0, opts.limit - tail.length)) + tail;
}

;// CONCATENATED MODULE: ./src/review/comment-file.ts
/**
 * The hidden marker that identifies pgmi's comment for one project and database (so a later run
 * updates it instead of adding a second), and the comment file: the body as posted, preceded by
 * one hidden line naming where it belongs, so `pgmi comment --from <file>` (and the Action's
 * `comment-from`) can post it from another job or workflow that has a privileged token.
 */



const MARKER_PREFIX = '<!-- pgmi-review ';
const FILE_PREFIX = '<!-- pgmi-review-file ';
/** `./db/` and `db` are the same project. */
function normalizeProjectPath(p) {
    const n = external_node_path_default().posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, '');
    return n === '' ? '.' : n.replace(/^\.\/(?=.)/, '');
}
/**
 * `<!-- pgmi-review project=db database=app -->`. Both values are percent-encoded, so neither
 * can end the HTML comment or fake another project's marker.
 */
function reviewMarker(projectPath, database) {
    const enc = (s) => encodeURIComponent(s);
    return `${MARKER_PREFIX}project=${enc(normalizeProjectPath(projectPath))} database=${enc(database)} -->`;
}
/** The marker line of a body, if it has one. */
function markerOf(body) {
    const line = body.split('\n').find((l) => l.startsWith(MARKER_PREFIX) && l.endsWith(' -->'));
    return line && /^<!-- pgmi-review project=\S* database=\S* -->$/.test(line) ? line : undefined;
}
/** Writes the comment file (creating its folder) and returns its absolute path. */
function writeCommentFile(file, comment) {
    const abs = external_node_path_default().resolve(file);
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(abs), { recursive: true });
    const header = `${FILE_PREFIX}${JSON.stringify(comment.destination ?? {})} -->`;
    (0,external_node_fs_.writeFileSync)(abs, `${header}\n${comment.body}`);
    return abs;
}
function isDestination(d) {
    if (!d || typeof d !== 'object')
        return false;
    const o = d;
    return ((o.system === 'github' || o.system === 'gitlab' || o.system === 'azure') &&
        typeof o.number === 'number' &&
        Number.isInteger(o.number) &&
        o.number > 0);
}
/** Reads a comment file written by pgmi; anything else is a ConfigError naming the file. */
function readCommentFile(file, what = 'comment file') {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new engine_errors.ConfigError(`${what} ${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(err)})`}`);
    }
    const nl = text.indexOf('\n');
    const first = nl < 0 ? text : text.slice(0, nl);
    if (!first.startsWith(FILE_PREFIX) || !first.endsWith(' -->')) {
        throw new engine_errors.ConfigError(`${what} ${file}: not a comment file written by pgmi`);
    }
    let destination;
    try {
        destination = JSON.parse(first.slice(FILE_PREFIX.length, -4));
    }
    catch {
        throw new engine_errors.ConfigError(`${what} ${file}: its first line is damaged`);
    }
    const body = text.slice(nl + 1);
    const marker = markerOf(body);
    if (!marker)
        throw new engine_errors.ConfigError(`${what} ${file}: the body holds no pgmi marker`);
    return { destination: isDestination(destination) ? destination : undefined, marker, body };
}

;// CONCATENATED MODULE: ./src/review/errors.ts
/** Why a review comment could not be posted: a warning for the user, never a failed deploy. */
class ReviewPostError extends Error {
    /** HTTP status, when the API answered. */
    status;
    name = 'ReviewPostError';
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.status = options.status;
    }
    /** The token may not write comments (fork pull requests, missing permission or scope). */
    get forbidden() {
        return this.status === 401 || this.status === 403;
    }
}
/** Bounds every API call: a silent server must not hold the deploy's result back for long. */
const REQUEST_TIMEOUT_MS = 20_000;
/**
 * A short reason from a network failure (`connect ECONNREFUSED 127.0.0.1:9`, `no answer within
 * 20 s`). fetch and octokit wrap the socket error once or twice (`fetch failed`), and a refused
 * connection to a name with several addresses is an AggregateError: walk down to the cause.
 */
function networkReason(err) {
    let reason = err instanceof Error ? err.message : String(err);
    let e = err;
    for (let depth = 0; e instanceof Error && depth < 6; depth++) {
        if (e.name === 'TimeoutError' || e.name === 'AbortError') {
            return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
        }
        const code = e.code;
        if (code && /^E[A-Z]+$/.test(code)) {
            return e.message && e.message.includes(code)
                ? e.message
                : `${code}${e.message ? `: ${e.message}` : ''}`;
        }
        if (e.message)
            reason = e.message;
        e = e instanceof AggregateError && e.errors.length ? e.errors[0] : e.cause;
    }
    return reason;
}

;// CONCATENATED MODULE: ./src/review/fetch-json.ts
/**
 * JSON over Node's fetch for the GitLab and Azure DevOps REST APIs (no client library of
 * either is a dependency, and each needs three calls). Every call has a deadline; errors are
 * `ReviewPostError` with the status and the API's message, never the request's headers.
 */

async function fetchJson(method, url, headers, body) {
    let res;
    try {
        res = await fetch(url, {
            method,
            headers: {
                accept: 'application/json',
                ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                ...headers,
            },
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
            redirect: 'error',
        });
    }
    catch (err) {
        throw new ReviewPostError(`${method} ${new URL(url).origin}: ${networkReason(err)}`, {
            cause: err,
        });
    }
    const text = await res.text().catch(() => '');
    if (!res.ok) {
        let message = text.slice(0, 300);
        try {
            const j = JSON.parse(text);
            const m = j.message ?? j.error;
            if (m !== undefined)
                message = typeof m === 'string' ? m : JSON.stringify(m);
        }
        catch {
            /* not JSON: keep the text */
        }
        throw new ReviewPostError(`HTTP ${res.status}${message ? `: ${message.trim()}` : ''}`, {
            status: res.status,
        });
    }
    try {
        return { data: (text ? JSON.parse(text) : undefined), headers: res.headers };
    }
    catch (err) {
        throw new ReviewPostError(`HTTP ${res.status}: the answer is not JSON`, { cause: err });
    }
}

;// CONCATENATED MODULE: ./src/review/azure.ts

const API = 'api-version=7.1';
async function upsertAzureThread(t, token, marker, body) {
    const repo = `${t.collectionUri}${encodeURIComponent(t.project)}/_apis/git/repositories/${encodeURIComponent(t.repositoryId)}`;
    const threads = `${repo}/pullRequests/${t.pr}/threads`;
    const headers = { authorization: `Bearer ${token}` };
    const { data } = await fetchJson('GET', `${threads}?${API}`, headers);
    let found;
    for (const thread of data?.value ?? []) {
        if (thread.isDeleted)
            continue;
        const comment = thread.comments?.find((c) => !c.isDeleted && c.content?.includes(marker));
        if (comment) {
            found = { thread, comment };
            break;
        }
    }
    let threadId;
    if (found) {
        await fetchJson('PATCH', `${threads}/${found.thread.id}/comments/${found.comment.id}?${API}`, headers, { content: body });
        threadId = found.thread.id;
    }
    else {
        const created = await fetchJson('POST', `${threads}?${API}`, headers, {
            comments: [{ parentCommentId: 0, content: body, commentType: 1 }],
            status: 'closed',
        });
        threadId = created.data.id;
    }
    return {
        created: !found,
        url: `${t.collectionUri}${encodeURIComponent(t.project)}/_git/${encodeURIComponent(t.repositoryId)}/pullrequest/${t.pr}?discussionId=${threadId}`,
    };
}

;// CONCATENATED MODULE: ./src/review/github.ts

/** Comments read at most while looking for the marker. */
const MAX_COMMENTS = 3000;
function postError(err) {
    const e = err;
    if (typeof e.status === 'number' && e.response !== undefined) {
        const msg = typeof e.message === 'string' ? e.message.split('\n')[0].slice(0, 300) : '';
        return new ReviewPostError(`HTTP ${e.status}${msg ? `: ${msg}` : ''}`, { status: e.status });
    }
    return new ReviewPostError(networkReason(err), { cause: err });
}
async function upsertGithubComment(t, token, marker, body, opts = {}) {
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 785).then(__nccwpck_require__.bind(__nccwpck_require__, 92785));
    const octokit = getOctokit(token, { baseUrl: t.apiUrl });
    const request = () => ({ signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const repo = { owner: t.owner, repo: t.repo };
    try {
        if (opts.expectHeadSha) {
            const pr = await octokit.rest.pulls.get({ ...repo, pull_number: t.pr, request: request() });
            if (pr.data.head.sha !== opts.expectHeadSha) {
                throw new ReviewPostError(`pull request #${t.pr}'s head is ${pr.data.head.sha.slice(0, 12)}, not the commit ${opts.expectHeadSha.slice(0, 12)} this workflow_run built; not posting`);
            }
        }
        let existing;
        let seen = 0;
        for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
            ...repo,
            issue_number: t.pr,
            per_page: 100,
            request: request(),
        })) {
            existing = page.data.find((c) => c.body?.includes(marker));
            seen += page.data.length;
            if (existing || seen >= MAX_COMMENTS)
                break;
        }
        const res = existing
            ? await octokit.rest.issues.updateComment({
                ...repo,
                comment_id: existing.id,
                body,
                request: request(),
            })
            : await octokit.rest.issues.createComment({
                ...repo,
                issue_number: t.pr,
                body,
                request: request(),
            });
        return { created: !existing, url: res.data.html_url };
    }
    catch (err) {
        throw err instanceof ReviewPostError ? err : postError(err);
    }
}

;// CONCATENATED MODULE: ./src/review/gitlab.ts

/** Pages read at most while looking for the marker (100 notes each). */
const MAX_PAGES = 20;
async function upsertGitlabNote(t, token, marker, body) {
    const notes = `${t.apiUrl}/projects/${encodeURIComponent(t.projectId)}/merge_requests/${t.mr}/notes`;
    const headers = { 'PRIVATE-TOKEN': token };
    let existing;
    for (let page = 1; page <= MAX_PAGES && !existing;) {
        const { data, headers: h } = await fetchJson('GET', `${notes}?sort=asc&order_by=created_at&per_page=100&page=${page}`, headers);
        existing = (data ?? []).find((n) => !n.system && n.body?.includes(marker));
        const next = Number(h.get('x-next-page'));
        if (!next || next <= page)
            break;
        page = next;
    }
    const note = existing
        ? (await fetchJson('PUT', `${notes}/${existing.id}`, headers, { body })).data
        : (await fetchJson('POST', notes, headers, { body })).data;
    return {
        created: !existing,
        url: t.webUrl ? `${t.webUrl}/-/merge_requests/${t.mr}#note_${note.id}` : undefined,
    };
}

;// CONCATENATED MODULE: ./src/review/post.ts
/**
 * Posting the review comment: one entry for the three systems, used by the Action, `pgmi deploy`
 * and `pgmi comment --from`. Callers turn every failure into a warning (never a failed deploy,
 * never a different exit code), and write the body to a file for a job with a better token.
 */



/** Creates the comment holding `marker` on `target`, or updates it in place. */
async function upsertReviewComment(target, token, marker, body, github = {}) {
    switch (target.system) {
        case 'github':
            return upsertGithubComment(target, token, marker, body, github);
        case 'gitlab':
            return upsertGitlabNote(target, token, marker, body);
        case 'azure':
            return upsertAzureThread(target, token, marker, body);
    }
}

;// CONCATENATED MODULE: ./src/review/publish.ts
/**
 * The review comment's life in a CI run: render the body for the system's size limit, write it
 * to a file when asked (for the fork pattern: a later job or workflow with a privileged token
 * posts it), then create or update the comment. Every failure comes back as a notice or a
 * warning with its reason; the caller's exit code never depends on it.
 */





const COMMENT_LIMITS = {
    github: GITHUB_COMMENT_LIMIT,
    gitlab: GITLAB_NOTE_LIMIT,
    azure: AZURE_COMMENT_LIMIT,
};
function publish_describe(t) {
    return `${SYSTEM_NAMES[t.system]} ${t.system === 'gitlab' ? '!' : '#'}${targetNumber(t)}`;
}
async function publishReview(req) {
    const out = { notices: [], warnings: [] };
    const { target } = req;
    const body = req.render(COMMENT_LIMITS[target.system]);
    if (req.commentFile) {
        try {
            out.file = writeCommentFile(req.commentFile, {
                destination: { system: target.system, number: targetNumber(target) },
                marker: req.marker,
                body,
            });
        }
        catch (err) {
            out.warnings.push(`could not write the comment file ${req.commentFile}: ${err.message}`);
        }
    }
    const saved = out.file ? `; the comment was written to ${out.file}` : '';
    if (!req.token) {
        out.notices.push(`no comment on ${publish_describe(target)}: no token (set ${TOKEN_NAMES[target.system]})${saved}`);
        return out;
    }
    try {
        out.posted = await upsertReviewComment(target, req.token, req.marker, body, req.github);
    }
    catch (err) {
        const e = err instanceof ReviewPostError ? err : new ReviewPostError(String(err));
        if (e.forbidden) {
            out.notices.push(`no comment on ${publish_describe(target)}: the token may not write comments (${e.message})${saved}` +
                (req.forbiddenAdvice ? `. ${req.forbiddenAdvice}` : ''));
        }
        else {
            out.warnings.push(`could not comment on ${publish_describe(target)}: ${e.message}${saved}`);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/review/comment-from.ts
/**
 * Posting comment files written by an earlier run (`pgmi comment --from`, the Action's
 * `comment-from`): the fork pattern, where the job that deployed has no token that may comment
 * and a later job or workflow with a privileged one posts its body.
 *
 * The PR/MR comes from this run's own context when it has one, else from the file; the API
 * address and repository always come from this run's environment: a file from a fork must not
 * choose where a privileged token is sent. On GitHub's `workflow_run` the pull request's head
 * must still be the commit the triggering run built.
 */






/** The comment files named by a source: one file, or every `.md` file in a folder. */
function commentFiles(src) {
    const abs = external_node_path_default().resolve(src.base, src.from);
    let isDir;
    try {
        isDir = (0,external_node_fs_.statSync)(abs).isDirectory();
    }
    catch {
        throw new engine_errors.ConfigError(`${src.what}: ${src.from}: no such file or folder`);
    }
    if (!isDir)
        return [abs];
    const files = (0,external_node_fs_.readdirSync)(abs, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => external_node_path_default().join(abs, f));
    if (!files.length)
        throw new engine_errors.ConfigError(`${src.what}: ${src.from}: no .md comment files`);
    return files;
}
/** `workflow_run`: the commit the triggering run built, to check against the pull request. */
function workflowRunHeadSha(env) {
    if (env.GITHUB_EVENT_NAME !== 'workflow_run' || !env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const p = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        return p.workflow_run?.head_sha;
    }
    catch {
        return undefined;
    }
}
/**
 * Reads every file first (a bad one is a ConfigError before any request), then posts each.
 * Returns the links of the comments posted.
 */
async function postCommentFiles(src, env, tokenFor, sinks) {
    const comments = commentFiles(src).map((f) => ({
        file: f,
        ...readCommentFile(f, `${src.what}:`),
    }));
    const fromContext = detectReviewTarget(env);
    const system = ciSystem(env);
    const urls = [];
    for (const c of comments) {
        let target = fromContext;
        if (!target && system && c.destination?.system === system) {
            target = targetFor(system, c.destination.number, env);
        }
        if (!target) {
            sinks.notice(`${c.file}: nothing to comment on (no pull request or merge request in this run, and the file names none for this CI system)`);
            continue;
        }
        const outcome = await publishReview({
            target,
            token: tokenFor(target.system),
            marker: c.marker,
            render: () => c.body,
            github: { expectHeadSha: fromContext ? undefined : workflowRunHeadSha(env) },
        });
        for (const n of outcome.notices)
            sinks.notice(n);
        for (const w of outcome.warnings)
            sinks.warning(w);
        if (outcome.posted?.url)
            urls.push(outcome.posted.url);
    }
    return urls;
}

;// CONCATENATED MODULE: ./src/action/review.ts
/**
 * The Action's pull request comment: after a deploy on a `pull_request` / `pull_request_target`
 * event, one comment per project and database, created once and updated in place; on other
 * events nothing (no request). The body is always written to a file (output `comment-file`) so a
 * `workflow_run` workflow can post it with `comment-from` when this run's token may not comment
 * (pull requests from forks).
 */







const FORK_ADVICE = 'To comment on pull requests from forks, upload comment-file as an artifact and post it from a workflow_run workflow with comment-from (README: "Pull request comments")';
function report(outcome, sinks) {
    for (const n of outcome.notices)
        sinks.notice(n);
    for (const w of outcome.warnings)
        sinks.warning(w);
}
/** `db-app-1a2b3c4d.md`: readable, and distinct for every project and database. */
function commentFileName(projectPath, database) {
    const marker = reviewMarker(projectPath, database);
    const hash = (0,external_node_crypto_.createHash)('sha256').update(marker).digest('hex').slice(0, 8);
    const slug = `${projectPath}-${database}`
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[-.]+|-+$/g, '')
        .slice(0, 60);
    return `pgmi-comment-${slug || 'project'}-${hash}.md`;
}
/** Posts (or updates) the deploy's comment; nothing at all outside a pull request event. */
async function commentOnPullRequest(req, sinks) {
    const target = detectReviewTarget(req.env);
    if (!target || target.system !== 'github')
        return {};
    const marker = reviewMarker(req.projectPath, req.database);
    const dir = external_node_path_default().join(req.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'pgmi-comments');
    const outcome = await publishReview({
        target,
        token: req.token,
        marker,
        render: (limit) => req.render(marker, limit),
        commentFile: external_node_path_default().join(dir, commentFileName(req.projectPath, req.database)),
        forbiddenAdvice: FORK_ADVICE,
    });
    report(outcome, sinks);
    return { url: outcome.posted?.url, file: outcome.file };
}
/**
 * `comment-from`: posts comment files written by an earlier run (see src/review/comment-from.ts
 * for where each goes and the `workflow_run` check).
 */
async function review_postCommentFiles(from, env, token, sinks) {
    const urls = await postCommentFiles({ from, base: env.GITHUB_WORKSPACE || process.cwd(), what: 'input "comment-from"' }, env, () => token, sinks);
    return { url: urls.join('\n') || undefined };
}

;// CONCATENATED MODULE: ./src/action/temp-files.ts
/**
 * Inline PEM inputs become files, because the TLS layer (like libpq) takes paths: one private
 * directory per run under RUNNER_TEMP, files 0600 (a key readable by others is refused, as libpq
 * refuses it). The directory is recorded in the step's state so the post step removes it even
 * when the main step was killed; the main step also removes it when it ends.
 */



const STATE_TEMP_DIRS = 'pgmi-temp-dirs';
const temp_files_PREFIX = 'pgmi-action-';
/**
 * @param tempRoot RUNNER_TEMP (emptied by the runner after each job), else the OS temp dir.
 * @param record called with the directory once it exists (to save it in the step state).
 */
function createTempFiles(tempRoot, record) {
    let dir;
    return {
        write(name, content) {
            if (!dir) {
                // mkdtemp creates the directory 0700.
                dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(tempRoot || external_node_os_default().tmpdir(), temp_files_PREFIX));
                record([dir]);
            }
            // Named after the input, so a message about the file says where its content came from.
            const file = external_node_path_default().join(dir, `input-${name}.pem`);
            (0,external_node_fs_.writeFileSync)(file, content.endsWith('\n') ? content : content + '\n', { mode: 0o600 });
            return file;
        },
        remove() {
            if (dir)
                (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        },
    };
}
/**
 * Removes the directories a main step recorded. Only pgmi's own temp directories are touched:
 * the state is ours, but a path that does not look like one is left alone rather than trusted.
 */
function removeRecordedDirs(state) {
    let dirs;
    try {
        dirs = JSON.parse(state || '[]');
    }
    catch {
        return [];
    }
    if (!Array.isArray(dirs))
        return [];
    const removed = [];
    for (const d of dirs) {
        if (typeof d !== 'string' || !path.isAbsolute(d) || !path.basename(d).startsWith(temp_files_PREFIX)) {
            continue;
        }
        if (existsSync(d)) {
            rmSync(d, { recursive: true, force: true });
            removed.push(d);
        }
    }
    return removed;
}

;// CONCATENATED MODULE: ./src/action/workflow.ts
/**
 * The runner's interface, as @actions/core speaks it: inputs from `INPUT_*`, workflow commands
 * on stdout (`::add-mask::`, `::group::`, `::error file=…,line=…::`), outputs and state through
 * the `GITHUB_OUTPUT` / `GITHUB_STATE` files with a random heredoc delimiter, and the job summary
 * appended to `GITHUB_STEP_SUMMARY`. Same names, escaping and formats as the toolkit
 * (`packages/core/src/command.ts`, `file-command.ts`, `utils.ts`, `summary.ts`); a test holds the
 * two byte for byte.
 *
 * Hand-written because @actions/core imports its OIDC client at load time, and with it
 * @actions/http-client and undici: about 1 MB of bundle that the Action would parse and evaluate
 * before its first connection attempt, for a feature (`getIDToken`) it never uses. That was half
 * of the 300 ms start budget.
 */



let toolkit;
/** Routes every call of this module to `t` (undefined: back to the runner's own interface). */
function useToolkit(t) {
    toolkit = t;
}
/**
 * For the `run()` entries: the host's @actions/core when it can be loaded (under
 * @github/local-action, its stand-in), else nothing changes. Not followed by the bundler: the
 * bundles' own entries never call this, and the Action ships without @actions/core.
 */
async function useHostToolkit() {
    try {
        const core = (await import(/* webpackIgnore: true */ '@actions/core'));
        if (typeof core.setSecret === 'function')
            useToolkit(core);
    }
    catch {
        // No @actions/core where the host runs us from: the runner's files and commands it is.
    }
}
function workflow_escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function workflow_escapeProperty(s) {
    return workflow_escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,…::message`, properties in the order given, empty ones left out. */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${workflow_escapeProperty(String(v))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${workflow_escapeData(message)}${external_node_os_.EOL}`);
}
/** toolkit `toCommandProperties`: the runner's property names, in its order. */
function annotationProperties(p) {
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
    };
}
function issueFileCommand(variable, key, value) {
    const file = process.env[variable];
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    // A fresh random delimiter per record; a name or value holding it could forge records.
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (key.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: name or value contains the delimiter "${delimiter}"`);
    }
    (0,external_node_fs_.appendFileSync)(file, `${key}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
}
function getInput(name, options = {}) {
    if (toolkit)
        return toolkit.getInput(name, options);
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    return options.trimWhitespace === false ? value : value.trim();
}
function setSecret(secret) {
    if (toolkit)
        return toolkit.setSecret(secret);
    issueCommand('add-mask', {}, secret);
}
function info(message) {
    if (toolkit)
        return toolkit.info(message);
    process.stdout.write(message + external_node_os_.EOL);
}
function startGroup(name) {
    if (toolkit)
        return toolkit.startGroup(name);
    issueCommand('group', {}, name);
}
function endGroup() {
    if (toolkit)
        return toolkit.endGroup();
    issueCommand('endgroup', {}, '');
}
function error(message, properties = {}) {
    if (toolkit)
        return toolkit.error(message, properties);
    issueCommand('error', annotationProperties(properties), message);
}
function warning(message, properties = {}) {
    if (toolkit)
        return toolkit.warning(message, properties);
    issueCommand('warning', annotationProperties(properties), message);
}
function notice(message, properties = {}) {
    if (toolkit)
        return toolkit.notice(message, properties);
    issueCommand('notice', annotationProperties(properties), message);
}
function setOutput(name, value) {
    if (toolkit)
        return toolkit.setOutput(name, value);
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('GITHUB_OUTPUT', name, value);
    process.stdout.write(external_node_os_.EOL);
    issueCommand('set-output', { name }, value);
}
function saveState(name, value) {
    if (toolkit)
        return toolkit.saveState(name, value);
    if (process.env.GITHUB_STATE)
        return issueFileCommand('GITHUB_STATE', name, value);
    issueCommand('save-state', { name }, value);
}
function getState(name) {
    if (toolkit)
        return toolkit.getState(name);
    return process.env[`STATE_${name}`] || '';
}
/**
 * Whether a job summary can go anywhere: the runner's summary file, or, for a host's toolkit
 * without one (a local run), the log.
 */
function summaryAvailable() {
    return !!process.env.GITHUB_STEP_SUMMARY || !!toolkit;
}
/**
 * `core.summary.addRaw(markdown, true).write()`: appends to the step's summary file. Under a host's
 * toolkit without a summary file, the summary is printed in a "Job summary" group instead, so a
 * local run shows it.
 */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (toolkit && !file) {
        toolkit.startGroup('Job summary');
        for (const line of markdown.split('\n'))
            toolkit.info(line);
        toolkit.endGroup();
        return;
    }
    if (!file) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    (0,external_node_fs_.appendFileSync)(file, markdown + external_node_os_.EOL, 'utf8');
}

;// CONCATENATED MODULE: ./src/action/fleet.ts
/**
 * The Action for a fleet: `targets` / `targets-query` (or pgmi.yaml's) deploy the project to many
 * databases; `merge-reports` joins the JSON reports of a matrix's shards instead of deploying.
 * Log: one line per target as it finishes, then the totals; an error annotation per failing
 * target (prefixed with its database); a summary table per target; the run outputs plus
 * `targets-total`, `targets-succeeded`, `targets-failed`, `targets-skipped`.
 */

























const ACTION_FLEET_NAMES = {
    targetsLines: 'input "targets"',
    targetsQuery: 'input "targets-query"',
    parallel: 'input "parallel"',
    canary: 'input "canary"',
    shard: 'input "shard"',
    database: 'input "database"',
};
function fleetInput(inputs, problems) {
    return {
        targetsLines: inputs.targets || undefined,
        targetsQuery: inputs['targets-query'] || undefined,
        parallel: inputs.parallel || undefined,
        canary: inputs.canary || undefined,
        continueOnError: parseBoolean('continue-on-error', inputs['continue-on-error'], problems),
        shard: inputs.shard || undefined,
        names: ACTION_FLEET_NAMES,
    };
}
/** Objects created/altered/dropped over every target, when any target reported its changes. */
function objectCounts(r) {
    const reports = r.targets.flatMap((t) => (t.changes ? [t.changes.counts] : []));
    const sum = (k) => reports.length ? String(reports.reduce((n, c) => n + c[k], 0)) : '';
    return {
        'objects-created': sum('created'),
        'objects-altered': sum('altered'),
        'objects-dropped': sum('dropped'),
    };
}
/** A fleet run (targets given here or in pgmi.yaml) or a report merge. */
function fleetRequested(inputs) {
    if (inputs['merge-reports'])
        return true;
    const fleet = fleetInput(inputs, []);
    return wantsFleet({
        projectPath: inputs['project-path'],
        connection: { database: inputs.database || undefined },
        useProjectConfig: true,
    }, fleet);
}
function fleet_writeFile(file, content) {
    const abs = external_node_path_default().resolve(file);
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(abs), { recursive: true });
    (0,external_node_fs_.writeFileSync)(abs, content);
    return abs;
}
/** Runs the fleet (or the merge) and returns the step's outputs and pgmi's exit code. */
async function runFleetAction(inputs, mask) {
    const started = performance.now();
    const elapsed = () => Math.floor(performance.now() - started);
    const log = createActionLog(workflow_namespaceObject);
    const annotationsOn = !/^false$/i.test(inputs.annotations);
    const summaryOn = !/^false$/i.test(inputs.summary);
    const annotator = createAnnotator(annotationsOn, { error: (m, p) => error(m, p), warning: (m, p) => warning(m, p) }, (l) => log.line(l));
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const projectPath = inputs['project-path'];
    const warn = (message) => annotator.add({ level: 'warning', message, props: {} });
    const temp = createTempFiles(process.env.RUNNER_TEMP, (dirs) => saveState(STATE_TEMP_DIRS, JSON.stringify(dirs)));
    let result;
    let failure;
    const interrupt = interruptOnSignals({ announce: (l) => log.line(l) });
    let fleet;
    let connections;
    const reportPaths = {
        json: inputs['json-report'] || undefined,
        junit: inputs['junit-report'] || undefined,
    };
    try {
        checkReportInputs(reportPaths);
        if (inputs['merge-reports']) {
            const files = expandReportPaths(inputLines(inputs['merge-reports']));
            log.line(`pgmi ${VERSION}: merging ${files.length} report(s)`);
            result = mergeReports(files.map(readReport));
            for (const t of result.targets)
                log.line(targetLine(t, false));
        }
        else {
            const problems = [];
            const raw = fleetInput(inputs, problems);
            const settings = toActionSettings(inputs, (name, content) => temp.write(name, content));
            if (problems.length) {
                const { ConfigError } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 17679));
                throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
            }
            const env = { ...process.env };
            if (settings.password !== undefined)
                env.PGPASSWORD = settings.password;
            fleet = buildFleet(settings.raw, raw, { env, onSecret: mask, onWarning: warn });
            for (const w of fleet.deploy.warnings)
                warn(w);
            if (fleet.deploy.options.overwrite && !fleet.deploy.options.force) {
                const { ApprovalDeniedError } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 17679));
                throw new ApprovalDeniedError('approval denied: overwrite: true drops and recreates every target, and a GitHub Actions job has no terminal to confirm it at; set force: true as well to allow it');
            }
            validateParams(fleet.deploy.options.params);
            const project = await prepareProject(projectPath);
            const { all, mine } = await resolveTargets(fleet, interrupt.signal);
            connections = targetConnections(fleet, mine, { env, onSecret: mask, onWarning: warn });
            const shard = fleet.shard
                ? ` (shard ${fleet.shard.index}/${fleet.shard.count} of ${all.length})`
                : '';
            log.line(`pgmi ${VERSION}: deploying ${projectPath} to ${mine.length} database(s)${shard} at ${fleet.deploy.connection.provider.describe()}, ${fleet.schedule.parallel} at a time`);
            const run = await deployFleet(fleet, mine, {
                project,
                connections,
                signal: interrupt.signal,
                onEvent: (target, e) => {
                    if (e.type === 'notice' && (e.severity === 'WARNING' || settings.verbose)) {
                        log.line(`[${target.name}] ${e.message}`);
                    }
                },
                onFinish: (entry) => log.line(targetLine(entry, false)),
            });
            result = fleetResult(run.targets, elapsed(), {
                exitCode: run.stopReason?.exitCode,
                shard: fleet.shard,
            });
            for (const t of result.targets)
                if (t.status === 'skipped')
                    log.line(targetLine(t, false));
        }
    }
    catch (err) {
        failure = err;
        result = fleetFailure(err, elapsed());
    }
    finally {
        interrupt.dispose();
        if (connections)
            await connections.dispose();
        else
            await fleet?.deploy.connection.provider.dispose().catch(() => undefined);
        temp.remove();
    }
    if (failure !== undefined) {
        annotator.add({ level: 'error', message: (0,engine_errors/* formatError */.Wk)(failure), props: { title: 'pgmi' } });
    }
    for (const f of fleetFindings(result)) {
        annotator.add({
            level: 'error',
            message: f.message,
            props: f.file
                ? fileProps(workspacePath(workspace, projectPath, f.file), f.line, f.column, f.title)
                : { title: f.title },
        });
    }
    log.line(totalsLine(result));
    const reports = {};
    const toWrite = writableReports(reportPaths, failure);
    try {
        if (toWrite.json) {
            const doc = failure === undefined ? result : { ...result, error: (0,engine_redact/* redact */.E$)((0,engine_errors/* formatError */.Wk)(failure)) };
            reports.json = fleet_writeFile(toWrite.json, JSON.stringify(doc, null, 2) + '\n');
        }
        if (toWrite.junit) {
            const file = (f) => workspacePath(workspace, projectPath, f);
            reports.junit = fleet_writeFile(toWrite.junit, fleetJunitReport(result, { file }));
        }
    }
    catch (err) {
        warn(`could not write a report: ${(0,engine_errors/* formatError */.Wk)(err)}`);
    }
    const tests = result.targets.flatMap((t) => t.tests);
    const outputs = {
        ...fleetOutputs(result),
        'files-loaded': '',
        'tests-passed': String(tests.filter((t) => t.status === 'passed').length),
        'tests-failed': String(tests.filter((t) => t.status === 'failed').length),
        'server-version': '',
        ...objectCounts(result),
        'json-report': reports.json ?? '',
        'junit-report': reports.junit ?? '',
        'comment-url': '',
        'comment-file': '',
    };
    // The pull request comment: one per project and fleet (per shard in a matrix; the merge job
    // comments the merged result), updated in place. A comment that cannot be posted is a notice
    // or a warning: the step's result stays the fleet's.
    if (/^auto$/i.test(inputs['pr-comment'])) {
        try {
            const provider = fleet?.deploy.connection.provider;
            const facts = {
                projectPath,
                ...runFacts(process.env),
                host: provider?.host,
                port: provider?.port,
                params: Object.keys(fleet?.deploy.options.params ?? {}).sort(),
            };
            const comment = await commentOnPullRequest({
                env: process.env,
                token: githubToken(inputs),
                projectPath,
                database: result.shard
                    ? `fleet-shard-${result.shard.index}-of-${result.shard.count}`
                    : 'fleet',
                render: (marker, limit) => fleetReviewMarkdown(result, { limit, marker, facts }),
            }, { notice: (m) => notice((0,engine_redact/* redact */.E$)(`pgmi: ${m}`)), warning: (m) => warn(`pgmi: ${m}`) });
            outputs['comment-url'] = comment.url ?? '';
            outputs['comment-file'] = comment.file ?? '';
        }
        catch (err) {
            warn(`pgmi: could not comment on the pull request: ${(0,engine_errors/* formatError */.Wk)(err)}`);
        }
    }
    if (summaryOn && summaryAvailable()) {
        try {
            appendSummary(fleetSummaryMarkdown(result));
        }
        catch (err) {
            warn(`could not write the job summary: ${(0,engine_errors/* formatError */.Wk)(err)}`);
        }
    }
    return { outputs, exitCode: result.exitCode };
}

;// CONCATENATED MODULE: ./src/action/secrets.ts
/**
 * Every secret among the inputs, found before anything is printed, so the runner masks it
 * (`core.setSecret`) and pgmi's own redaction replaces it in every message it renders
 * (`registerSecret`). A connection string's password is registered in each spelling it can
 * appear in: as written (percent-encoded or quoted), decoded, and URL-encoded.
 */




const QUERY_PASSWORD = /[?&](?:ssl)?password=([^&#]*)/gi;
// Greedy to the last `@`, as pgmi's redaction reads it: also catches a raw `/` or `@` inside.
const USERINFO_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:(\S*)@/i;
// ADO.NET (`;`-separated, values may hold spaces) and the libpq keyword form (space-separated).
const KEYWORD_PASSWORD = /(?:^|[;\s])(?:ssl\s*)?password\s*=\s*('(?:[^']|'')*'|"(?:[^"]|"")*"|[^;]*)/gi;
/**
 * Password and key passphrase of a connection string, parsed, and also as written: a string
 * that does not parse is still searched, since its error path must not print it either.
 */
function connectionStringSecrets(text) {
    const found = [];
    try {
        const parsed = parseConnectionString(text);
        if (parsed.password)
            found.push(parsed.password);
        if (parsed.sslpassword)
            found.push(parsed.sslpassword);
    }
    catch {
        // Unparsable: the raw scan below still finds what looks like a password.
    }
    const scheme = text.indexOf('://');
    if (scheme >= 0) {
        const rest = text.slice(scheme + 3);
        const end = rest.search(/[/?#]/);
        const authority = end < 0 ? rest : rest.slice(0, end);
        // The userinfo ends at the authority's last `@` (WHATWG URL and libpq agree).
        const at = authority.lastIndexOf('@');
        const colon = at < 0 ? -1 : authority.indexOf(':');
        if (colon >= 0 && colon < at)
            found.push(authority.slice(colon + 1, at));
        const greedy = USERINFO_PASSWORD.exec(text.trim());
        if (greedy)
            found.push(greedy[1]);
        for (const m of text.matchAll(QUERY_PASSWORD))
            found.push(m[1]);
    }
    else {
        for (const m of text.matchAll(KEYWORD_PASSWORD)) {
            const raw = m[1].trim();
            const q = raw[0];
            if ((q === "'" || q === '"') && raw.endsWith(q) && raw.length >= 2) {
                const inner = raw.slice(1, -1);
                found.push(raw, inner, inner.split(q + q).join(q));
            }
            else {
                found.push(raw, raw.split(/\s/)[0]);
            }
        }
    }
    return found.filter((s) => s !== '');
}
/** Each line of a PEM private key's body (the runner masks line by line). */
function pemKeySecrets(pem) {
    return inputLines(pem).filter((l) => !l.startsWith('-----'));
}
/** `key=value` lines of `secret-params`: the values. */
function secretParamValues(value) {
    return inputLines(value)
        .flatMap((l) => {
        const v = l.includes('=') ? l.slice(l.indexOf('=') + 1) : l;
        return [v, (0,go_text/* goTrimSpace */.hb)(v)];
    })
        .filter((v) => v !== '');
}
/** Every secret in the inputs, before any of them is validated or used. */
function inputSecrets(inputs) {
    const out = [];
    if (inputs.password)
        out.push(inputs.password);
    if (inputs['connection-string'])
        out.push(...connectionStringSecrets(inputs['connection-string']));
    out.push(...secretParamValues(inputs['secret-params']));
    const token = inputs['github-token'];
    if (token && !token.startsWith('${{'))
        out.push(token);
    const key = inputs['ssl-key'];
    if (key && isPemContent(key))
        out.push(key, ...pemKeySecrets(key));
    // A target list may hold connection strings with passwords.
    for (const line of inputs.targets.split(/\r?\n/)) {
        if (/^\s*postgres(ql)?:\/\//i.test(line) || (line.includes('=') && line.includes(';'))) {
            out.push(...connectionStringSecrets(line.trim()));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The Action: inputs → the same raw input the CLI builds → the engine → log, annotations,
 * outputs, job summary and report files. Secrets are masked before the first line is printed.
 * The step fails on any non-zero exit; the real code is the `exit-code` output.
 */























function overwriteDenied(database) {
    return new engine_errors.ApprovalDeniedError(`approval denied: overwrite: true drops and recreates database ${JSON.stringify(database)}, ` +
        'and a GitHub Actions job has no terminal to confirm it at; set force: true as well to allow it');
}
/** The non-interactive policy: `force` proceeds, anything else is refused (exit 12). */
const approve = async ({ database, force, emit }) => {
    if (!force)
        throw overwriteDenied(database);
    emit({
        type: 'progress',
        message: `force: true: dropping and recreating ${JSON.stringify(database)}`,
        elapsedMs: 0,
    });
};
/** Boolean inputs read leniently, for rendering a run whose inputs were rejected. */
function flag(inputs, name) {
    return !/^false$/i.test(inputs[name]);
}
async function runEngine(built, verbose, log, annotator, toWorkspacePath, observe) {
    // The runner cancels a job with SIGINT, then SIGTERM: cancel the statement, roll back, report.
    const interrupt = interruptOnSignals({ announce: (l) => log.line(l) });
    let result;
    // A plain line in the open phase group after 10 s without output (a long silent statement).
    const heartbeat = startHeartbeat({ live: false, write: (s) => log.line(s.trimEnd()) });
    const beatLog = {
        ...log,
        line: (text) => {
            log.line(text);
            heartbeat.afterLine();
        },
    };
    const render = actionEventRenderer({ verbose, log: beatLog, annotator, toWorkspacePath });
    const startupMs = processUptimeMs();
    try {
        result = await deploy(built.options, {
            provider: built.connection.provider,
            signal: interrupt.signal,
            approve,
            onEvent: (e) => {
                heartbeat.onEvent(e);
                render(e);
                observe(e);
            },
        });
    }
    finally {
        heartbeat.stop();
        interrupt.dispose();
        log.endGroup();
        await built.connection.provider.dispose().catch(() => undefined);
    }
    addStartupTiming(result, startupMs);
    return interrupt.settle(result);
}
/** Error annotations for the failure and each failed test (one when they are the same file). */
function annotateFailure(run, annotator, toWorkspacePath) {
    const { result, exitCode } = run;
    let location;
    let failureFile;
    if (exitCode !== 0) {
        const error = result.error ?? new engine_errors/* InterruptedError */.p4();
        const detail = (0,engine_errors/* errorDetail */.m2)(error);
        const source = annotations_failureSource(detail);
        const failedTest = result.tests.find((t) => t.status === 'failed' && t.path === source?.file);
        const title = failedTest
            ? `Test failed: ${failedTest.path}`
            : `pgmi: ${outputs_resultName(exitCode)} (exit ${exitCode}${detail.sqlstate ? `, SQLSTATE ${detail.sqlstate}` : ''})`;
        let props = { title };
        if (source) {
            failureFile = source.file;
            const file = toWorkspacePath(source.file);
            props = fileProps(file, source.line, source.column, title);
            location = [file, source.line, source.line && source.column].filter(Boolean).join(':');
        }
        annotator.add({ level: 'error', message: (0,engine_errors/* formatError */.Wk)(error), props });
    }
    for (const t of result.tests) {
        if (t.status !== 'failed' || t.path === failureFile)
            continue;
        annotator.add({
            level: 'error',
            message: `Test failed: ${t.message ?? t.path}`,
            props: fileProps(toWorkspacePath(t.path), t.line, undefined, `Test failed: ${t.path}`),
        });
    }
    return location;
}
/** Notices kept for the summary (it shows at most 100 of them). */
const NOTICES_KEPT = 200;
/** `comment-from`: no deploy, only post comment files an earlier run wrote. */
async function runCommentFrom(inputs) {
    const sinks = {
        notice: (m) => notice((0,engine_redact/* redact */.E$)(`pgmi: ${m}`)),
        warning: (m) => warning((0,engine_redact/* redact */.E$)(`pgmi: ${m}`)),
    };
    let comment;
    try {
        comment = await review_postCommentFiles(inputs['comment-from'], process.env, githubToken(inputs), sinks);
    }
    catch (err) {
        // A missing or foreign file: one line naming the input and the file, exit 10.
        const code = (0,engine_errors/* exitCodeFor */.Rr)(err);
        error((0,engine_errors/* formatError */.Wk)(err));
        setOutputs({ 'exit-code': String(code), result: outputs_resultName(code) });
        process.exitCode = 1;
        return;
    }
    setOutputs({ 'exit-code': '0', result: 'success', 'comment-url': comment.url ?? '' });
}
/** The one place outputs are set (redacted, like every other text). */
function setOutputs(values) {
    for (const name of ACTION_OUTPUTS) {
        const value = values[name];
        if (value !== undefined)
            setOutput(name, (0,engine_redact/* redact */.E$)(value));
    }
}
async function runStep() {
    const started = performance.now();
    const elapsed = () => Math.floor(performance.now() - started);
    const mask = createMasker((s) => setSecret(s));
    const inputs = readActionInputs((name) => getInput(name, { trimWhitespace: false }));
    // Before anything else is printed.
    for (const secret of inputSecrets(inputs))
        mask(secret);
    if (inputs['comment-from'])
        return runCommentFrom(inputs);
    if (fleetRequested(inputs)) {
        const fleet = await runFleetAction(inputs, mask);
        setOutputs(fleet.outputs);
        process.exitCode = fleet.exitCode === engine_errors/* ExitCode */.yU.Success ? 0 : 1;
        return;
    }
    const log = createActionLog(workflow_namespaceObject);
    const annotator = createAnnotator(flag(inputs, 'annotations'), { error: (m, p) => error(m, p), warning: (m, p) => warning(m, p) }, (l) => log.line(l));
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const projectPath = inputs['project-path'];
    const toWorkspacePath = (file) => workspacePath(workspace, projectPath, file);
    const temp = createTempFiles(process.env.RUNNER_TEMP, (dirs) => saveState(STATE_TEMP_DIRS, JSON.stringify(dirs)));
    const warn = (message) => annotator.add({ level: 'warning', message, props: {} });
    let outcome;
    let database = inputs.database;
    let summaryEnabled = flag(inputs, 'summary');
    let prComment = /^auto$/i.test(inputs['pr-comment']);
    const facts = { projectPath, ...runFacts(process.env) };
    const notices = [];
    const observe = (e) => {
        if (e.type === 'notice' && e.severity !== 'DEBUG' && notices.length < NOTICES_KEPT) {
            notices.push(e);
        }
    };
    let reportPaths = {
        json: inputs['json-report'] || undefined,
        junit: inputs['junit-report'] || undefined,
    };
    try {
        const settings = toActionSettings(inputs, (name, content) => temp.write(name, content));
        summaryEnabled = settings.summary;
        prComment = settings.prComment;
        reportPaths = { json: settings.jsonReport, junit: settings.junitReport };
        checkReportInputs(reportPaths);
        const env = { ...process.env };
        if (settings.password !== undefined)
            env.PGPASSWORD = settings.password;
        const built = buildDeploy(settings.raw, { env, onSecret: mask, onWarning: warn });
        for (const w of built.warnings)
            warn(w);
        database = built.options.database;
        facts.host = built.connection.provider.host;
        facts.port = built.connection.provider.port;
        facts.params = Object.keys(built.options.params).sort();
        log.line(`pgmi ${VERSION}: deploying ${projectPath} to database ${JSON.stringify(built.options.database)} at ${built.connection.provider.describe()}`);
        if (settings.verbose) {
            for (const s of built.connection.summary)
                log.line(`[VERBOSE] ${s}`);
        }
        try {
            validateDeployOptions(built.options);
            // No one can confirm at a terminal here: refuse before connecting, on every run, rather
            // than only once the database exists.
            if (built.options.overwrite && !built.options.force) {
                throw overwriteDenied(built.options.database);
            }
        }
        catch (err) {
            await built.connection.provider.dispose().catch(() => undefined);
            throw err;
        }
        outcome = await runEngine(built, settings.verbose, log, annotator, toWorkspacePath, observe);
    }
    catch (err) {
        const result = resultBeforeEngine(err, {
            exitCode: (0,engine_errors/* exitCodeFor */.Rr)(err),
            database,
            durationMs: elapsed(),
        });
        outcome = { result, exitCode: result.exitCode };
    }
    finally {
        temp.remove();
    }
    const { result, exitCode } = outcome;
    const location = annotateFailure(outcome, annotator, toWorkspacePath);
    log.line(exitCode === 0
        ? result.status === 'rehearsed'
            ? `✓ ${result.database || '?'}: rehearsed in ${(result.durationMs / 1000).toFixed(2)}s (rolled back, nothing committed)`
            : `✓ ${result.database || '?'}: ${result.filesLoaded} files loaded in ${(result.durationMs / 1000).toFixed(2)}s`
        : `✗ ${result.database || '?'}: failed with exit code ${exitCode} (${outputs_resultName(exitCode)})`);
    for (const l of changeReportLines(result, true))
        log.line((0,engine_redact/* redact */.E$)(l));
    let written = {};
    try {
        written = writeReports(writableReports(reportPaths, result.error), exitCode, result, toWorkspacePath);
    }
    catch (err) {
        warn(`could not write a report: ${(0,engine_errors/* formatError */.Wk)(err)}`);
    }
    facts.notices = notices;
    const failure = exitCode === 0 ? undefined : (result.error ?? new engine_errors/* InterruptedError */.p4());
    const report = {
        exitCode,
        exitName: outputs_resultName(exitCode),
        result,
        detail: failure === undefined ? undefined : (0,engine_errors/* errorDetail */.m2)(failure),
        hints: failure === undefined ? undefined : (0,engine_errors/* errorHints */.JY)(failure),
        location,
        facts,
    };
    // A comment that cannot be posted is a notice or a warning: the step's result stays the deploy's.
    let comment = {};
    if (prComment) {
        try {
            comment = await commentOnPullRequest({
                env: process.env,
                token: githubToken(inputs),
                projectPath,
                database: result.database || database,
                render: (marker, limit) => reviewMarkdown(report, { limit, marker }),
            }, { notice: (m) => notice((0,engine_redact/* redact */.E$)(`pgmi: ${m}`)), warning: (m) => warn(`pgmi: ${m}`) });
        }
        catch (err) {
            warn(`pgmi: could not comment on the pull request: ${(0,engine_errors/* formatError */.Wk)(err)}`);
        }
    }
    const outputs = outputs_actionOutputs(exitCode, result, written, comment);
    setOutputs(outputs);
    if (summaryEnabled && summaryAvailable()) {
        const markdown = summaryMarkdown({ ...report, overflow: annotator.overflow });
        try {
            appendSummary(markdown);
        }
        catch (err) {
            warn(`could not write the job summary: ${(0,engine_errors/* formatError */.Wk)(err)}`);
        }
    }
    process.exitCode = exitCode === engine_errors/* ExitCode */.yU.Success ? 0 : 1;
}
/** The entry: a bug in pgmi still ends as a redacted error annotation and a failed step. */
async function main() {
    try {
        await runStep();
    }
    catch (err) {
        error(`pgmi: internal error: ${(0,engine_errors/* formatError */.Wk)(err)}`);
        process.exitCode = 1;
    }
}
/**
 * The entry for hosts that import this module and call `run()`, as @github/local-action does:
 * its @actions/core then carries inputs (with action.yml's defaults), secrets (never printed),
 * the log, outputs, state and the summary. The bundle's own entry calls `main()`.
 */
async function run() {
    await core.useHostToolkit();
    await main();
}


/***/ }),

/***/ 99960:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ formatRemaining),
/* harmony export */   E: () => (/* binding */ loadCloudAuth)
/* harmony export */ });
/** `4m 10s` */
function formatRemaining(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    return `${Math.floor(s / 60)}m ${s % 60}s`;
}
async function loadCloudAuth(settings, hooks) {
    const auth = settings.auth;
    switch (auth.method) {
        case 'azure':
            return (await __nccwpck_require__.e(/* import() */ 403).then(__nccwpck_require__.bind(__nccwpck_require__, 2403))).createAzureAuth(auth, settings, hooks);
        case 'aws':
            return (await __nccwpck_require__.e(/* import() */ 593).then(__nccwpck_require__.bind(__nccwpck_require__, 81593))).createAwsAuth(auth, settings, hooks);
        case 'google':
            return (await __nccwpck_require__.e(/* import() */ 909).then(__nccwpck_require__.bind(__nccwpck_require__, 76909))).createGoogleAuth(auth, settings);
        default:
            return undefined;
    }
}


/***/ }),

/***/ 17679:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ApprovalDeniedError: () => (/* binding */ ApprovalDeniedError),
/* harmony export */   ConfigError: () => (/* binding */ ConfigError),
/* harmony export */   Gd: () => (/* binding */ InternalError),
/* harmony export */   Hd: () => (/* binding */ isPgDatabaseError),
/* harmony export */   Hm: () => (/* binding */ failedFileOf),
/* harmony export */   JY: () => (/* binding */ errorHints),
/* harmony export */   K8: () => (/* binding */ PgmiError),
/* harmony export */   MU: () => (/* binding */ TimeoutError),
/* harmony export */   N9: () => (/* binding */ ConnectionLostError),
/* harmony export */   PY: () => (/* binding */ ConcurrentDeployError),
/* harmony export */   Rc: () => (/* binding */ ConnectionError),
/* harmony export */   Re: () => (/* binding */ ExecutionError),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   Ry: () => (/* binding */ describePgError),
/* harmony export */   Wk: () => (/* binding */ formatError),
/* harmony export */   am: () => (/* binding */ DeploySqlMissingError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   eB: () => (/* binding */ errorChain),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   m2: () => (/* binding */ errorDetail),
/* harmony export */   p4: () => (/* binding */ InterruptedError),
/* harmony export */   wm: () => (/* binding */ firstPgError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/* unused harmony export EXIT_CODE_NAMES */
/* harmony import */ var _redact__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(32393);
/**
 * One error family for every front door. Exit codes keep upstream pgmi's numbers so existing
 * pipelines port unchanged; `exitCodeFor` classifies a whole cause chain in upstream's order.
 */

const ExitCode = {
    Success: 0,
    General: 1,
    Usage: 2,
    Panic: 3,
    Config: 10,
    Connection: 11,
    ApprovalDenied: 12,
    Execution: 13,
    DeploySqlMissing: 14,
    ConcurrentDeploy: 15,
    Timeout: 16,
    Interrupted: 130,
    Terminated: 143,
};
/** Names as published by `pgmi ai contract` (upstream's constant names). */
const EXIT_CODE_NAMES = [
    { code: 0, name: 'ExitSuccess', description: 'Deployment completed successfully' },
    { code: 1, name: 'ExitGeneralError', description: 'Unclassified error' },
    { code: 2, name: 'ExitUsageError', description: 'Invalid command, flag or argument' },
    { code: 3, name: 'ExitPanic', description: 'Internal error (a bug in pgmi)' },
    {
        code: 10,
        name: 'ExitConfigError',
        description: 'Invalid pgmi configuration — rejected before connecting; nothing was deployed',
    },
    { code: 11, name: 'ExitConnectionError', description: 'Could not connect to PostgreSQL' },
    { code: 12, name: 'ExitApprovalDenied', description: 'Overwrite was not confirmed' },
    {
        code: 13,
        name: 'ExitExecutionFailed',
        description: 'deploy.sql failed (SQL error or failing test)',
    },
    { code: 14, name: 'ExitDeploySQLMissing', description: 'No deploy.sql in the project directory' },
    { code: 15, name: 'ExitConcurrentDeploy', description: 'Another pgmi deployment holds the lock' },
    {
        code: 16,
        name: 'ExitTimeout',
        description: 'Operation exceeded --timeout (context deadline exceeded)',
    },
    {
        code: 130,
        name: 'ExitInterrupted',
        description: 'Interrupted by SIGINT (Ctrl-C) — Unix convention 128+SIGINT; SIGTERM exits 143',
    },
];
class PgmiError extends Error {
    exitCode = ExitCode.General;
    code = 'general';
    hints;
    location;
    failedFile;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.hints = options.hints ?? [];
        if (options.location)
            this.location = options.location;
        if (options.failedFile)
            this.failedFile = options.failedFile;
    }
}
class UsageError extends PgmiError {
    exitCode = ExitCode.Usage;
    code = 'usage';
    constructor(message, options) {
        super(message.startsWith('usage error: ') ? message : `usage error: ${message}`, options);
    }
}
/** Invalid configuration, found before anything was deployed (exit 10). */
class ConfigError extends PgmiError {
    exitCode = ExitCode.Config;
    code = 'config';
}
class ConnectionError extends PgmiError {
    exitCode = ExitCode.Connection;
    code = 'connection';
}
/** The connection was lost mid-run (exit 11); `phase` says where. */
class ConnectionLostError extends ConnectionError {
    phase;
    constructor(message, phase, options) {
        super(message, options);
        this.phase = phase;
    }
}
class ApprovalDeniedError extends PgmiError {
    exitCode = ExitCode.ApprovalDenied;
    code = 'approval-denied';
}
class ExecutionError extends PgmiError {
    exitCode = ExitCode.Execution;
    code = 'execution';
}
class DeploySqlMissingError extends PgmiError {
    exitCode = ExitCode.DeploySqlMissing;
    code = 'deploy-missing';
}
class ConcurrentDeployError extends PgmiError {
    exitCode = ExitCode.ConcurrentDeploy;
    code = 'concurrent-deploy';
}
class TimeoutError extends PgmiError {
    exitCode = ExitCode.Timeout;
    code = 'timeout';
}
class InterruptedError extends PgmiError {
    signal;
    code = 'interrupted';
    exitCode;
    constructor(signal = 'SIGINT', options) {
        super('interrupted', options);
        this.signal = signal;
        this.exitCode = signal === 'SIGTERM' ? ExitCode.Terminated : ExitCode.Interrupted;
    }
}
/** A bug in pgmi: exit 3. */
class InternalError extends PgmiError {
    exitCode = ExitCode.Panic;
    code = 'internal';
}
function isPgDatabaseError(e) {
    return (e instanceof Error &&
        typeof e.code === 'string' &&
        /^[0-9A-Z]{5}$/.test(e.code) &&
        'severity' in e);
}
/** The cause chain, outermost first. Guards against cycles. */
function errorChain(err) {
    const out = [];
    let cur = err;
    while (cur !== undefined && cur !== null && !out.includes(cur) && out.length < 32) {
        out.push(cur);
        cur = cur instanceof Error ? cur.cause : undefined;
    }
    return out;
}
function firstPgError(err) {
    return errorChain(err).find(isPgDatabaseError);
}
/** psql-like rendering of a server error: `ERROR: message (SQLSTATE 42P01)`. */
function describePgError(e) {
    return `${e.severity ?? 'ERROR'}: ${e.message} (SQLSTATE ${e.code})`;
}
/**
 * Exit code of an error chain. Order written down as upstream's ExitCodeForError does: the
 * first class present anywhere in the chain wins, so a connect that timed out is 11 (connection
 * before deadline), a deploy.sql killed by --timeout is 16 (deadline before execution), and
 * Ctrl-C beats everything.
 */
function exitCodeFor(err) {
    if (err === undefined || err === null)
        return ExitCode.Success;
    const chain = errorChain(err);
    const order = [
        InterruptedError,
        ConcurrentDeployError,
        ConfigError,
        DeploySqlMissingError,
        ApprovalDeniedError,
        ConnectionError,
        TimeoutError,
        ExecutionError,
        UsageError,
        InternalError,
    ];
    for (const cls of order) {
        const hit = chain.find((e) => e instanceof cls);
        if (hit)
            return hit.exitCode;
    }
    const pgmi = chain.find((e) => e instanceof PgmiError);
    return pgmi ? pgmi.exitCode : ExitCode.General;
}
/** Error message of anything thrown, honestly typed. */
function messageOf(err) {
    if (err instanceof Error)
        return err.message;
    if (typeof err === 'string')
        return err;
    try {
        return JSON.stringify(err);
    }
    catch {
        return String(err);
    }
}
function locationOf(err) {
    for (const e of errorChain(err))
        if (e instanceof PgmiError && e.location)
            return e.location;
    return undefined;
}
const FAILED_IN = /Failed in (\S+\.sql)(?=[:\s]|$)/;
/** `failedFile`: a project file the engine mapped the failure to, else upstream's message rule. */
function failedFileOf(err) {
    for (const e of errorChain(err))
        if (e instanceof PgmiError && e.failedFile)
            return e.failedFile;
    const pg = firstPgError(err);
    const m = pg ? FAILED_IN.exec(pg.message) : null;
    return m ? m[1] : undefined;
}
function hintsOf(err) {
    for (const e of errorChain(err))
        if (e instanceof PgmiError && e.hints.length)
            return e.hints;
    return [];
}
/** pgmi's own hints for an error (what `formatError` prints last), redacted. */
function errorHints(err) {
    return hintsOf(err).map((h) => (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(h));
}
/** Counts code points (PostgreSQL positions and columns count characters, not UTF-16 units). */
function charLength(s) {
    let n = 0;
    for (const _ of s)
        n++;
    return n;
}
/**
 * Human rendering shared by every front door: the message, psql-style DETAIL/HINT/WHERE lines,
 * the location with a caret, then hints. Password-redacted.
 */
function formatError(err, opts = {}) {
    const lines = [messageOf(err)];
    const pg = firstPgError(err);
    const loc = locationOf(err);
    if (pg) {
        if (pg.detail)
            lines.push(`DETAIL: ${pg.detail}`);
        if (pg.hint)
            lines.push(`HINT: ${pg.hint}`);
        const showWhere = opts.where === 'always' || !(loc || failedFileOf(err));
        if (pg.where && showWhere)
            lines.push(`WHERE: ${pg.where}`);
    }
    if (loc) {
        const expandedNote = loc.scriptExpanded && loc.script === 'deploy.sql'
            ? ' (of the expanded script: pgmi_test() macros shift line numbers relative to the file on disk)'
            : '';
        lines.push(`LOCATION: ${loc.script} line ${loc.line}, column ${loc.column}${expandedNote}`);
        if (loc.sourceLine) {
            const prefix = `LINE ${loc.line}: `;
            lines.push(prefix + loc.sourceLine);
            lines.push(' '.repeat(charLength(prefix) + loc.column - 1) + '^');
        }
    }
    lines.push(...hintsOf(err));
    return (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(lines.join('\n'));
}
function errorDetail(err) {
    const out = { message: (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(messageOf(err)), exitCode: exitCodeFor(err) };
    const pg = firstPgError(err);
    if (pg) {
        if (pg.code)
            out.sqlstate = pg.code;
        if (pg.detail)
            out.detail = (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(pg.detail);
        if (pg.hint)
            out.hint = (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(pg.hint);
        if (pg.where)
            out.where = (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(pg.where);
    }
    const file = failedFileOf(err);
    if (file)
        out.failedFile = file;
    const lost = errorChain(err).find((e) => e instanceof ConnectionLostError);
    if (lost)
        out.connectionLost = lost.phase;
    const loc = locationOf(err);
    if (loc) {
        out.script = loc.script;
        out.line = loc.line;
        out.column = loc.column;
        if (loc.sourceLine)
            out.sourceLine = (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(loc.sourceLine);
        out.scriptExpanded = loc.scriptExpanded;
    }
    return out;
}


/***/ }),

/***/ 97986:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ isGoSpace),
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   K5: () => (/* binding */ goTimeQuote),
/* harmony export */   OP: () => (/* binding */ compareCodePoints),
/* harmony export */   Pc: () => (/* binding */ goSpaceLength),
/* harmony export */   dg: () => (/* binding */ goQuote),
/* harmony export */   hb: () => (/* binding */ goTrimSpace),
/* harmony export */   vE: () => (/* binding */ firstInvalidUtf8)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Small text rules of Go's standard library that upstream pgmi's behaviour depends on. JavaScript's
 * own equivalents differ at the edges (`String.prototype.trim` also strips U+FEFF but keeps U+0085;
 * `JSON.stringify` is not `strconv.Quote`), and messages and checksums must match upstream, so the
 * few rules we need are written out here.
 */

/** Go `unicode.IsSpace`: the Latin-1 spaces plus the Unicode White_Space code points. */
function isGoSpace(cp) {
    if (cp <= 0xff)
        return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0x85 || cp === 0xa0;
    return (cp === 0x1680 ||
        (cp >= 0x2000 && cp <= 0x200a) ||
        cp === 0x2028 ||
        cp === 0x2029 ||
        cp === 0x202f ||
        cp === 0x205f ||
        cp === 0x3000);
}
/** Go `strings.TrimSpace`. Every Go space is a single UTF-16 unit, so units can be tested directly. */
function goTrimSpace(s) {
    let start = 0;
    let end = s.length;
    while (start < end && isGoSpace(s.charCodeAt(start)))
        start++;
    while (end > start && isGoSpace(s.charCodeAt(end - 1)))
        end--;
    return start === 0 && end === s.length ? s : s.slice(start, end);
}
const SIMPLE_ESCAPES = {
    '\x07': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v',
    '\\': '\\\\',
    '"': '\\"',
};
/**
 * Go `strconv.Quote` (`%q`) for well-formed text: printable characters verbatim, the usual
 * backslash escapes, other control and format characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
 */
function goQuote(s) {
    let out = '"';
    for (const ch of s) {
        const simple = SIMPLE_ESCAPES[ch];
        if (simple !== undefined) {
            out += simple;
            continue;
        }
        const cp = ch.codePointAt(0);
        if (cp < 0x20 || cp === 0x7f)
            out += '\\x' + cp.toString(16).padStart(2, '0');
        else if (cp !== 0x20 && /^[\p{C}\p{Z}]$/u.test(ch)) {
            out +=
                cp > 0xffff
                    ? '\\U' + cp.toString(16).padStart(8, '0')
                    : '\\u' + cp.toString(16).padStart(4, '0');
        }
        else
            out += ch;
    }
    return out + '"';
}
/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence (no overlongs, no
 * surrogates, nothing above U+10FFFF — Go's `utf8.Valid` rules), or -1 when the bytes are valid.
 */
function firstInvalidUtf8(bytes) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes))
        return -1;
    const n = bytes.length;
    let i = 0;
    while (i < n) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let lo = 0x80;
        let hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0)
                lo = 0xa0;
            else if (b === 0xed)
                hi = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0)
                lo = 0x90;
            else if (b === 0xf4)
                hi = 0x8f;
        }
        else
            return i;
        if (i + need >= n)
            return i;
        const b1 = bytes[i + 1];
        if (b1 < lo || b1 > hi)
            return i;
        for (let k = 2; k <= need; k++) {
            const bk = bytes[i + k];
            if (bk < 0x80 || bk > 0xbf)
                return i;
        }
        i += need + 1;
    }
    return -1;
}
/** Strips a leading UTF-8 byte-order mark (EF BB BF) without copying. */
function stripBom(bytes) {
    return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
        ? bytes.subarray(3)
        : bytes;
}
/** Go's `time` package quoting (used in duration errors): non-ASCII and controls as `\xNN` bytes. */
function goTimeQuote(s) {
    let out = '"';
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (cp < 0x20 || cp >= 0x80) {
            for (const b of Buffer.from(ch, 'utf8'))
                out += '\\x' + b.toString(16).padStart(2, '0');
        }
        else
            out += ch === '"' || ch === '\\' ? '\\' + ch : ch;
    }
    return out + '"';
}
/**
 * Go string order (UTF-8 byte order), which is code point order. Plain `<` on JS strings compares
 * UTF-16 units and puts U+E000–U+FFFF after supplementary characters; this does not.
 */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        if ((x & 0xf800) === 0xd800 || (y & 0xf800) === 0xd800) {
            return a.codePointAt(i) - b.codePointAt(i);
        }
        return x - y;
    }
    return a.length - b.length;
}
/**
 * Byte length of the Go `unicode.IsSpace` code point starting at `i` in UTF-8 `buf[0..len)`, or 0.
 * Multi-byte spaces: U+0085, U+00A0 (C2 xx); U+1680 (E1 9A 80); U+2000–U+200A, U+2028, U+2029,
 * U+202F (E2 80 xx); U+205F (E2 81 9F); U+3000 (E3 80 80).
 */
function goSpaceLength(buf, i, len = buf.length) {
    const b = buf[i];
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d))
        return 1;
    if (b < 0xc2)
        return 0;
    const b1 = i + 1 < len ? buf[i + 1] : 0;
    if (b === 0xc2)
        return b1 === 0x85 || b1 === 0xa0 ? 2 : 0;
    if (b < 0xe1 || b > 0xe3)
        return 0;
    const b2 = i + 2 < len ? buf[i + 2] : 0;
    if (b === 0xe1)
        return b1 === 0x9a && b2 === 0x80 ? 3 : 0;
    if (b === 0xe3)
        return b1 === 0x80 && b2 === 0x80 ? 3 : 0;
    if (b1 === 0x80) {
        return (b2 >= 0x80 && b2 <= 0x8a) || b2 === 0xa8 || b2 === 0xa9 || b2 === 0xaf ? 3 : 0;
    }
    return b1 === 0x81 && b2 === 0x9f ? 3 : 0;
}


/***/ }),

/***/ 79670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MQ: () => (/* binding */ isTestPath),
/* harmony export */   OW: () => (/* binding */ isSqlPath),
/* harmony export */   d1: () => (/* binding */ depthOf),
/* harmony export */   h: () => (/* binding */ formatUuid)
/* harmony export */ });
/* unused harmony exports SQL_EXTENSIONS, baseName, extensionOf, isFixtureName, genericId, pathFields */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Path rules shared by the scanner, the session loader and the metadata commands: which files are
 * SQL, which are tests or fixtures, the fallback identity, and the derived path fields.
 */

/**
 * The SQL extensions, compared case-insensitively against the final suffix only. Must agree with
 * the session function `pgmi_is_sql_file`.
 */
const SQL_EXTENSIONS = [
    '.sql',
    '.ddl',
    '.dml',
    '.dql',
    '.dcl',
    '.psql',
    '.pgsql',
    '.plpgsql',
];
const SQL_EXTENSION_SET = new Set(SQL_EXTENSIONS);
/** Final segment of a `/`-separated path. */
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** Go `filepath.Ext` of the final segment: from its last `.`, case kept; '' when none. */
function extensionOf(path) {
    const name = baseName(path);
    const dot = name.lastIndexOf('.');
    return dot < 0 ? '' : name.slice(dot);
}
/** `x.SQL`, `a/b.PlPgSql` yes; `x.sqlx`, `x.sql.bak`, `x.sql~` no. */
function isSqlPath(path) {
    return SQL_EXTENSION_SET.has(extensionOf(path).toLowerCase());
}
/** A path with a `/__test__/` or `/__tests__/` segment anywhere (`./__test__/a.sql` included). */
function isTestPath(path) {
    return path.includes('/__test__/') || path.includes('/__tests__/');
}
/** Test fixtures run before the tests of their directory: `_setup.sql` / `_setup.psql`, any case. */
function isFixtureName(name) {
    const lower = name.toLowerCase();
    return lower === '_setup.sql' || lower === '_setup.psql';
}
/** Formats 16 bytes as a lower-case UUID (dashes after bytes 4, 6, 8 and 10). */
function formatUuid(bytes) {
    const hex = Buffer.from(bytes.buffer, bytes.byteOffset, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/**
 * `generic_id`: the MD5 of the UTF-8 bytes of the `./`-prefixed path laid out as a UUID — what
 * PostgreSQL's `md5(path::bytea)::uuid` yields. No version/variant bits: not an RFC 4122 UUID.
 */
function genericId(path) {
    return formatUuid(createHash('md5').update(path, 'utf8').digest());
}
/**
 * `pathFields(path).depth` alone: the `/` of a path are those of its directory. Counted with
 * `indexOf`, which the scan calls once per file while its code is still cold.
 */
function depthOf(path) {
    let slashes = 0;
    for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1))
        slashes++;
    return Math.max(0, slashes - 1);
}
/** The scanner's derived fields of a `./`-prefixed path (project-files.md §1.5). */
function pathFields(path) {
    const slash = path.lastIndexOf('/');
    return {
        name: path.slice(slash + 1),
        directory: slash < 0 ? './' : path.slice(0, slash + 1),
        depth: depthOf(path),
        extension: extensionOf(path),
    };
}


/***/ }),

/***/ 32393:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* unused harmony export redactRegistered */
/**
 * Password redaction for every string pgmi prints about a connection (upstream
 * `redactPasswords`): keyword form `password=…` (also `sslpassword`, quoted values, spaces
 * around `=`), and the URI form `scheme://user:secret@` up to the LAST `@` of the token, so an
 * `@` inside a password, a JWT or a presigned URL cannot leak its tail.
 */
const KEYWORD = /password\s*=\s*(?:'(?:[^']|'')*'|"(?:[^"]|"")*"|[^\s&;'"]*)/gi;
const URI = /([a-z][a-z0-9+.-]*:\/\/)([^\s:/@]*):(\S*)@/gi;
/** Extra literal secrets registered at run time (minted tokens, secret params). */
const registered = new Set();
/** `registered`, longest first, so a secret containing a shorter one is replaced whole. */
let ordered;
/** Register a literal value that must never be printed (tokens, secret parameters). */
function registerSecret(value) {
    if (value && value.length >= 3) {
        registered.add(value);
        const enc = encodeURIComponent(value);
        if (enc !== value)
            registered.add(enc);
        ordered = undefined;
    }
}
function redact(text) {
    let out = text.replace(KEYWORD, () => 'password=[redacted]');
    out = out.replace(URI, (_m, scheme, user) => `${scheme}${user}:[redacted]@`);
    return redactRegistered(out);
}
/**
 * Only the registered literals (secret parameters, tokens): for text pgmi passes through as the
 * user wrote it, such as deploy.sql's notices, where `password=` may be ordinary data.
 */
function redactRegistered(text) {
    ordered ??= [...registered].sort((a, b) => b.length - a.length);
    let out = text;
    for (const s of ordered)
        if (out.includes(s))
            out = out.split(s).join('[redacted]');
    return out;
}


/***/ }),

/***/ 84390:
/***/ ((module) => {

module.exports = eval("require")("pg-native");


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 37830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 98253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 28167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(60218);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
