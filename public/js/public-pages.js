/*
 * The public pages' own script. They are sent without React's and Next's scripts (lib/page-cache/script-free.ts)
 * and work without this one too; it adds the two things that need the visitor's browser:
 *
 * - [data-share-button] (components/events/share-event.tsx): shares the page through the device's share sheet
 *   where there is one (phones), else copies its address. Rendered hidden, so that without this script there
 *   is no dead button; the share links beside it work anyway.
 * - [data-call-phase] (components/calls/deadline-status.tsx): a call's state from the visitor's own clock, now
 *   and every minute. The page is cached for minutes and must never offer to apply after the deadline. The
 *   rule is lib/calls/deadline.ts's callPhaseAt; every text comes from the server.
 *
 * Plain ES2017 without a build step: served as it is from public/. Loaded async; waits for the document.
 */
(function () {
  "use strict";
  var DAY = 24 * 3600 * 1000;

  function textsOf(element) {
    try {
      return JSON.parse(element.getAttribute("data-texts") || "{}");
    } catch (error) {
      return {};
    }
  }

  function enhanceShareButton(box) {
    var texts = textsOf(box);
    var url = box.getAttribute("data-url");
    var title = box.getAttribute("data-title") || "";
    var button = box.querySelector("button");
    var message = box.querySelector("[data-share-message]");
    var failed = box.querySelector("[data-share-failed]");
    var canShare = typeof navigator.share === "function";
    button.textContent = canShare ? texts.shareLink : texts.copyLink;

    function say(text) {
      message.textContent = text;
      failed.hidden = true;
    }
    function copy() {
      // navigator.clipboard is missing on plain-http pages other than localhost.
      if (!navigator.clipboard) return Promise.reject(new Error("no clipboard"));
      return navigator.clipboard.writeText(url).then(function () {
        say(texts.copied);
      });
    }
    button.addEventListener("click", function () {
      say(""); // cleared first, so that a second success is announced again
      var done = canShare
        ? navigator.share({ title: title, url: url }).then(
            function () {
              say(texts.shared);
            },
            function (error) {
              // Closing the share sheet is the reader's choice, not a failure: say nothing.
              if (error && error.name === "AbortError") return undefined;
              return copy();
            },
          )
        : copy();
      done.catch(function () {
        say("");
        failed.hidden = false; // the address, written out to copy by hand
      });
    });
    box.hidden = false;
  }

  function callPhaseAt(now, opensAt, closesAt) {
    if (now < opensAt) return { kind: "upcoming" };
    if (now >= closesAt) return { kind: "closed" };
    return { kind: "open", days: Math.floor((closesAt - now) / DAY) };
  }

  function enhanceCallPhase(box) {
    var texts = textsOf(box);
    var locale = box.getAttribute("data-locale");
    var opensAt = Number(box.getAttribute("data-opens-at"));
    var closesAt = Number(box.getAttribute("data-closes-at"));
    var closesIn = box.querySelector("[data-closes-in]");
    var blocks = box.querySelectorAll("[data-phase]");

    function closesInText(days) {
      var templates = texts.closesIn || {};
      var template = templates[new Intl.PluralRules(locale).select(days)] || templates.other || "";
      return template.replace("{days}", new Intl.NumberFormat(locale).format(days));
    }
    function update() {
      var phase = callPhaseAt(Date.now(), opensAt, closesAt);
      for (var i = 0; i < blocks.length; i++) blocks[i].hidden = blocks[i].getAttribute("data-phase") !== phase.kind;
      if (phase.kind === "open") closesIn.textContent = phase.days === 0 ? texts.closesToday : closesInText(phase.days);
    }
    update();
    setInterval(update, 60000);
  }

  function enhance(selector, enhancer) {
    var elements = document.querySelectorAll(selector);
    for (var i = 0; i < elements.length; i++) {
      if (elements[i].hasAttribute("data-enhanced")) continue; // the script may be loaded twice
      elements[i].setAttribute("data-enhanced", "");
      enhancer(elements[i]);
    }
  }

  function start() {
    enhance("[data-share-button]", enhanceShareButton);
    enhance("[data-call-phase]", enhanceCallPhase);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
