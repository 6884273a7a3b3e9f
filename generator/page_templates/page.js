// Tabs (WAI-ARIA tabs pattern with automatic activation), the remembered target and copy buttons.
(function () {
  "use strict";

  var STORAGE_KEY = "snippetgen.target";
  var tablist = document.querySelector('[role="tablist"]');
  if (!tablist) {
    return;
  }
  var tabs = Array.prototype.slice.call(tablist.querySelectorAll('[role="tab"]'));
  var texts = JSON.parse(document.getElementById("snippet-texts").textContent);
  var status = document.querySelector(".copy-status");

  function panelOf(tab) {
    return document.getElementById(tab.getAttribute("aria-controls"));
  }

  function tabFor(key) {
    for (var i = 0; i < tabs.length; i += 1) {
      if (tabs[i].getAttribute("data-target") === key) {
        return tabs[i];
      }
    }
    return null;
  }

  function select(tab, moveFocus) {
    tabs.forEach(function (other) {
      var selected = other === tab;
      other.setAttribute("aria-selected", selected ? "true" : "false");
      other.tabIndex = selected ? 0 : -1;
      panelOf(other).hidden = !selected;
    });
    if (moveFocus) {
      tab.focus();
    }
  }

  // Storage can be disabled or full; the page then works without remembering.
  function remember(key) {
    try {
      window.localStorage.setItem(STORAGE_KEY, key);
    } catch (error) {
      return;
    }
  }

  function remembered() {
    try {
      return window.localStorage.getItem(STORAGE_KEY);
    } catch (error) {
      return null;
    }
  }

  function choose(tab) {
    select(tab, true);
    remember(tab.getAttribute("data-target"));
  }

  tablist.addEventListener("click", function (event) {
    var tab = event.target.closest('[role="tab"]');
    if (tab) {
      choose(tab);
    }
  });

  tablist.addEventListener("keydown", function (event) {
    var index = tabs.indexOf(document.activeElement);
    if (index < 0) {
      return;
    }
    var next;
    if (event.key === "ArrowRight") {
      next = tabs[(index + 1) % tabs.length];
    } else if (event.key === "ArrowLeft") {
      next = tabs[(index - 1 + tabs.length) % tabs.length];
    } else if (event.key === "Home") {
      next = tabs[0];
    } else if (event.key === "End") {
      next = tabs[tabs.length - 1];
    } else {
      return;
    }
    event.preventDefault();
    choose(next);
  });

  // Another page of the same site changed the choice.
  window.addEventListener("storage", function (event) {
    var tab = event.key === STORAGE_KEY && event.newValue ? tabFor(event.newValue) : null;
    if (tab) {
      select(tab, false);
    }
  });

  var saved = tabFor(remembered());
  if (saved) {
    select(saved, false);
  }

  // execCommand("copy") is the fallback where the Clipboard API is missing or rejected,
  // e.g. a page served over plain http from another host.
  function copyWithSelection(text) {
    var buffer = document.createElement("textarea");
    buffer.className = "copy-buffer";
    buffer.setAttribute("readonly", "");
    buffer.value = text;
    document.body.appendChild(buffer);
    buffer.select();
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    document.body.removeChild(buffer);
    return copied ? Promise.resolve() : Promise.reject(new Error("copy command failed"));
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () {
        return copyWithSelection(text);
      });
    }
    return copyWithSelection(text);
  }

  function announce(button, label, message) {
    button.textContent = label;
    status.textContent = message;
    window.clearTimeout(button.resetTimer);
    button.resetTimer = window.setTimeout(function () {
      button.textContent = "Copy";
    }, 2000);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.copy");
    if (!button) {
      return;
    }
    var key = button.getAttribute("data-target");
    var label = tabFor(key).textContent;
    copy(texts[key]).then(
      function () {
        button.focus();
        announce(button, "Copied", "Copied the " + label + " snippet.");
      },
      function () {
        button.focus();
        announce(button, "Copy failed", "Copy failed: select the code and press Ctrl+C.");
      }
    );
  });
})();
