// A hostile host page: before the guide's script loads, it patches the built-in named by ?patch=.
// Each patch is something real pages do (old libraries, polyfills, ad and tracking scripts), or a
// deliberate attack. The hardening test (test/e2e/widget-hardening.spec.ts) loads each one.
(function applyPatch() {
  var patch = new URLSearchParams(location.search).get('patch');
  var attack = '<img src=x onerror="document.documentElement.dataset.injected=1">';
  var jsUrl = 'javascript:document.documentElement.dataset.injected=1';
  window.__hostileRoots = [];
  var originalAttachShadow = Element.prototype.attachShadow;
  var patches = {
    'array-methods-throw': function () {
      ['map', 'filter', 'forEach', 'some', 'includes', 'join'].forEach(function (name) {
        Array.prototype[name] = function () {
          throw new Error('Array.prototype.' + name + ' is broken on this page');
        };
      });
    },
    // Prototype.js and MooTools added enumerable methods to the built-in prototypes.
    'prototype-extras': function () {
      Array.prototype.each = function (fn) {
        for (var i = 0; i < this.length; i++) fn(this[i]);
      };
      Array.prototype.first = function () {
        return this[0];
      };
      Object.prototype.extend = function (other) {
        for (var k in other) this[k] = other[k];
        return this;
      };
    },
    'object-prototype-pollution': function () {
      var polluted = {
        practiceName: attack,
        odsCode: attack,
        registrationHours: attack,
        quickExitUrl: jsUrl,
        phone: attack,
        email: attack,
        sms: attack,
        onlineForm: jsUrl,
        bslVideoRelay: jsUrl,
        contact: { onlineForm: jsUrl },
        startHeading: attack,
        who: 'child',
        portals: [attack],
        href: jsUrl,
        innerHTML: attack,
      };
      Object.keys(polluted).forEach(function (key) {
        Object.prototype[key] = polluted[key];
      });
    },
    // Keys Lit itself reads from plain objects (see widget/record-access-guide/host-guard.ts).
    'object-prototype-lit-gadgets': function () {
      Object.prototype.strings = ['', attack, ''];
      Object.prototype.creationScope = {
        importNode: function () {
          return document.createElement('iframe');
        },
      };
    },
    'attach-shadow-throws': function () {
      Element.prototype.attachShadow = function () {
        throw new Error('shadow DOM is switched off on this page');
      };
    },
    'attach-shadow-returns-other-node': function () {
      Element.prototype.attachShadow = function () {
        return document.createElement('div');
      };
    },
    'attach-shadow-closed': function () {
      Element.prototype.attachShadow = function (init) {
        var root = originalAttachShadow.call(this, Object.assign({}, init, { mode: 'closed' }));
        window.__hostileRoots.push(root);
        return root;
      };
    },
    'define-throws': function () {
      customElements.define = function () {
        throw new Error('custom elements are locked on this page');
      };
    },
    'define-does-nothing': function () {
      customElements.define = function () {};
    },
    'json-parse-throws': function () {
      JSON.parse = function () {
        throw new SyntaxError('JSON.parse is broken on this page');
      };
    },
    'json-parse-hostile': function () {
      JSON.parse = function () {
        return { practiceName: attack, strings: { startHeading: attack }, contact: { onlineForm: jsUrl, email: attack } };
      };
    },
    'string-replace-throws': function () {
      String.prototype.replace = function () {
        throw new Error('String.prototype.replace is broken on this page');
      };
    },
    'string-replace-markup': function () {
      String.prototype.replace = function () {
        return attack;
      };
    },
    'window-add-event-listener-throws': function () {
      window.addEventListener = function () {
        throw new Error('window.addEventListener is broken on this page');
      };
    },
    'mutation-observer-throws': function () {
      window.MutationObserver = function () {
        throw new Error('MutationObserver is switched off on this page');
      };
    },
  };
  if (!Object.prototype.hasOwnProperty.call(patches, patch)) throw new Error('widget-patches.js: unknown ?patch=' + patch);
  patches[patch]();
})();
