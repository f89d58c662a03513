// passerelle review workbench: plain JavaScript, no build step, no dependencies.
// Document text is only ever handled as text (textContent, input.value): never innerHTML.
"use strict";
(function () {
  const body = document.body;
  const docId = body.dataset.docId || null;
  const labelTable = JSON.parse(body.dataset.labels || "{}");
  const textEl = document.getElementById("text");
  const toast = document.getElementById("toast");
  let current = -1;
  let toastTimer = null;
  let codePoints = null;  // the document text as an array of code points (Python offsets)

  const rows = () => Array.from(document.querySelectorAll("tr.item"));
  const $ = (id) => document.getElementById(id);

  function say(message, isError) {
    toast.textContent = message;
    toast.classList.toggle("error", Boolean(isError));
    toast.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { toast.hidden = true; }, isError ? 6000 : 1800);
  }

  function errorText(data, status) {
    const detail = data && data.detail;
    if (Array.isArray(detail)) return detail.map((e) => (e.loc || []).slice(1).join(".") + ": " + e.msg).join("; ");
    return detail || ("HTTP " + status);
  }

  async function post(url, payload) {
    const res = await fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload),
    });
    let data = null;
    try { data = await res.json(); } catch (e) { data = null; }
    return { ok: res.ok, status: res.status, data: data };
  }

  function marksOf(id) {
    return Array.from(document.querySelectorAll("mark.hl")).filter((m) => m.dataset.ids.split(" ").includes(id));
  }

  function focusRow(index, scroll) {
    const list = rows();
    if (!list.length) return;
    current = Math.max(0, Math.min(index, list.length - 1));
    document.querySelectorAll(".current").forEach((el) => el.classList.remove("current"));
    const row = list[current];
    row.classList.add("current");
    const marks = marksOf(row.dataset.item);
    marks.forEach((m) => m.classList.add("current"));
    if (scroll !== false) {
      row.scrollIntoView({ block: "nearest" });
      if (marks.length) marks[0].scrollIntoView({ block: "nearest" });
    }
    history.replaceState(null, "", "#item=" + encodeURIComponent(row.dataset.item));
  }

  function nextUnreviewed() {
    const list = rows();
    for (let step = 1; step <= list.length; step++) {
      const i = (current + step) % list.length;
      if (list[i].classList.contains("st-unreviewed")) return focusRow(i);
    }
    say("Every item of this page is decided.");
  }

  function setClass(el, prefix, value) {
    Array.from(el.classList).filter((c) => c.startsWith(prefix)).forEach((c) => el.classList.remove(c));
    el.classList.add(prefix + value);
  }

  function showProgress(p) {
    if (!p) return;
    const bar = $("progress");
    if (!bar) return;
    bar.max = p.total || 1;
    bar.value = p.total ? p.decided : 1;
    $("progress-text").textContent = p.decided + " / " + p.total;
  }

  function update(row, data) {
    const item = data.item;
    showProgress(data.progress);
    if (!item) return;
    row.dataset.version = String(item.version);
    row.dataset.label = item.label;
    row.dataset.edit = JSON.stringify(item.edit);
    setClass(row, "st-", item.status);
    const badge = row.querySelector(".badge");
    badge.textContent = item.status;
    badge.parentElement.title = item.status + (item.reviewer ? " by " + item.reviewer : "");
    const lab = row.querySelector(".lab");
    lab.textContent = item.label;
    setClass(lab, "l-", item.label);
    row.querySelector(".value").textContent = item.value;
    document.querySelectorAll("mark.hl").forEach((m) => {
      if (m.dataset.primary !== item.item_id) return;
      setClass(m, "st-", item.status);
      setClass(m, "l-", item.label);
      if (!m.classList.contains("multi")) m.title = item.label + " · " + item.status + " · " + item.value;
    });
  }

  async function refreshRow(row) {
    if (!docId) return;
    const res = await fetch("/api/docs/" + encodeURIComponent(docId) + "/items");
    if (!res.ok) return;
    const data = await res.json();
    const item = data.items.find((it) => it.tbl === row.dataset.tbl && it.item_id === row.dataset.item);
    update(row, { item: item, progress: data.progress });
  }

  async function send(url, payload, row, after) {
    const r = await post(url, payload);
    if (r.ok) {
      update(row, r.data);
      if (after) after(r.data);
      return;
    }
    if (r.status === 409) {
      await refreshRow(row);
      const cur = r.data && r.data.current;
      say("Changed in another tab (now " + (cur ? cur.decision : "unreviewed") + "): press again to overwrite.", true);
      return;
    }
    say(errorText(r.data, r.status), true);
  }

  function currentRow() { return rows()[current] || null; }

  function decide(decision, fields) {
    const row = currentRow();
    if (!row) return;
    const payload = {
      tbl: row.dataset.tbl, item_id: row.dataset.item, decision: decision,
      expected_version: Number(row.dataset.version),
    };
    if (fields) payload.fields = fields;
    if (docId) payload.context_doc = docId;
    return send("/api/decisions", payload, row, () => {
      say(decision === "correct" ? "Corrected" : decision === "accept" ? "Accepted" : "Rejected");
      if (decision !== "correct") focusRow(current + 1);
    });
  }

  function undo() {
    const row = currentRow();
    if (!row || row.classList.contains("st-unreviewed")) return;
    const payload = { tbl: row.dataset.tbl, item_id: row.dataset.item, expected_version: Number(row.dataset.version) };
    if (docId) payload.context_doc = docId;
    if (row.classList.contains("st-added")) {
      if (!window.confirm("Undo removes this added span. Continue?")) return;
      return post("/api/undo", payload).then((r) => r.ok ? location.reload() : say(errorText(r.data, r.status), true));
    }
    return send("/api/undo", payload, row, () => say("Back to unreviewed"));
  }

  // ---- edit dialog -------------------------------------------------------------------
  function field(name, value, table) {
    const label = document.createElement("label");
    label.append(document.createTextNode(name));
    let input;
    if (name === "label") {
      input = document.createElement("select");
      Object.keys(labelTable).filter((l) => labelTable[l] === table).forEach((l) => {
        const option = document.createElement("option");
        option.value = l; option.textContent = l;
        input.append(option);
      });
    } else {
      input = document.createElement("input");
      input.type = "text"; input.autocomplete = "off"; input.maxLength = 2000;
    }
    input.name = name;
    input.value = value;
    input.dataset.orig = value;
    label.append(input);
    return label;
  }

  function openEdit() {
    const row = currentRow();
    if (!row) return;
    const values = JSON.parse(row.dataset.edit || "[]");  // [[field, value], ...] in edit order
    const pairs = Array.isArray(values) ? values : Object.entries(values);
    const box = $("edit-fields");
    box.replaceChildren();
    pairs.forEach(([name, value]) => box.append(field(name, value, row.dataset.tbl)));
    $("edit-what").textContent = row.dataset.tbl + " · " + row.querySelector(".surface").textContent;
    $("edit-dialog").showModal();
    const first = box.querySelector("input, select");
    if (first) { first.focus(); if (first.select) first.select(); }
  }

  function saveEdit(ev) {
    ev.preventDefault();
    const fields = {};
    $("edit-fields").querySelectorAll("input, select").forEach((input) => {
      if (input.value !== input.dataset.orig) fields[input.name] = input.value;
    });
    $("edit-dialog").close();
    if (!Object.keys(fields).length) return say("Nothing changed");
    decide("correct", fields);
  }

  // ---- add a missed span -------------------------------------------------------------
  function cpLength(s) { let n = 0; for (const _ of s) n++; return n; }

  function docCodePoints() {
    if (!codePoints) codePoints = Array.from(textEl.textContent);
    return codePoints;
  }

  function boundary(node, offset) {
    if (node === textEl) {
      const child = textEl.childNodes[offset];
      return child ? Number(child.dataset.s) : docCodePoints().length;
    }
    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    const seg = el && el.closest("[data-s]");
    if (!seg || !textEl.contains(seg)) return null;
    const inner = node.nodeType === Node.TEXT_NODE ? cpLength(node.data.slice(0, offset))
      : (offset === 0 ? 0 : cpLength(seg.textContent));
    return Number(seg.dataset.s) + inner;
  }

  let pending = null;

  function selectionSpan() {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
    const range = sel.getRangeAt(0);
    if (!textEl.contains(range.commonAncestorContainer)) return null;
    let start = boundary(range.startContainer, range.startOffset);
    let end = boundary(range.endContainer, range.endOffset);
    if (start === null || end === null) return null;
    const cps = docCodePoints();
    while (start < end && /\s/u.test(cps[start])) start++;
    while (end > start && /\s/u.test(cps[end - 1])) end--;
    return start < end ? { start: start, end: end, text: cps.slice(start, end).join("") } : null;
  }

  function openAdd(span) {
    pending = span;
    $("add-text").textContent = span.text;
    $("add-offsets").textContent = "[" + span.start + ":" + span.end + "]";
    $("add-dialog").showModal();
    $("add-label").focus();
  }

  async function saveAdd(ev) {
    ev.preventDefault();
    $("add-dialog").close();
    if (!pending) return;
    const payload = { doc_id: docId, start: pending.start, end: pending.end, text: pending.text, label: $("add-label").value };
    const r = await post("/api/spans", payload);
    if (!r.ok) return say(errorText(r.data, r.status), true);
    location.hash = "item=" + encodeURIComponent(r.data.decision.item_id);
    location.reload();
  }

  // ---- wiring ------------------------------------------------------------------------
  document.addEventListener("keydown", (ev) => {
    if (document.querySelector("dialog[open]")) return;
    if (ev.target.closest && ev.target.closest("input, select, textarea, button")) return;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const actions = {
      j: () => focusRow(current + 1), ArrowDown: () => focusRow(current + 1),
      k: () => focusRow(current - 1), ArrowUp: () => focusRow(current - 1),
      n: nextUnreviewed, a: () => decide("accept"), r: () => decide("reject"),
      e: openEdit, u: undo, "?": () => $("help").showModal(),
      s: () => { const span = textEl && selectionSpan(); return span ? openAdd(span) : say("Select text in the document first"); },
    };
    const action = actions[ev.key];
    if (!action) return;
    ev.preventDefault();
    action();
  });

  // Enter in a <select> does not submit a form by itself: make it, so dialogs stay keyboard-first.
  document.querySelectorAll("dialog form").forEach((form) => form.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && ev.target.tagName === "SELECT") {
      ev.preventDefault();
      form.requestSubmit();
    }
  }));
  document.querySelectorAll("tr.item").forEach((row, i) => row.addEventListener("click", () => focusRow(i, false)));
  $("help-button").addEventListener("click", () => $("help").showModal());
  if ($("edit-form")) {
    $("edit-form").addEventListener("submit", saveEdit);
    $("edit-cancel").addEventListener("click", () => $("edit-dialog").close());
  }
  if (textEl) {
    $("add-form").addEventListener("submit", saveAdd);
    $("add-cancel").addEventListener("click", () => $("add-dialog").close());
    textEl.addEventListener("mouseup", () => {
      const span = selectionSpan();
      if (span) openAdd(span);
    });
    textEl.addEventListener("click", (ev) => {
      const mark = ev.target.closest("mark.hl");
      if (!mark || !window.getSelection().isCollapsed) return;
      const i = rows().findIndex((r) => r.dataset.item === mark.dataset.primary);
      if (i >= 0) focusRow(i);
    });
  }

  if ($("add-term")) {
    $("add-term").addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const fields = { term_en: $("term-en").value };
      if ($("term-domain").value) fields.domain = $("term-domain").value;
      const r = await post("/api/glossary", { term_fr: $("term-fr").value, fields: fields });
      if (!r.ok) return say(errorText(r.data, r.status), true);
      location.hash = "item=" + encodeURIComponent(r.data.decision.item_id);
      location.reload();
    });
  }

  function start() {
    const list = rows();
    if (!list.length) return;
    const wanted = decodeURIComponent((location.hash.match(/^#item=(.*)$/) || [])[1] || "");
    let i = list.findIndex((r) => r.dataset.item === wanted);
    if (i < 0) i = list.findIndex((r) => r.classList.contains("flagged") && r.classList.contains("st-unreviewed"));
    if (i < 0) i = list.findIndex((r) => r.classList.contains("st-unreviewed"));
    focusRow(Math.max(i, 0));
  }
  start();
})();
