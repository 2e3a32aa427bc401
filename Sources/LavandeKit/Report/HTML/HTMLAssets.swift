/// The style sheet and the script inlined in the HTML report (it must load nothing from elsewhere).
/// Neither holds `<` nor `&`, so the page stays well-formed XML (tested) without CDATA sections.
enum HTMLAssets {
    static let style = """
        :root { --ink: #1f1d2b; --muted: #5f5a70; --line: #d9d4e7; --paper: #ffffff; --tint: #f5f2fb; --accent: #5b4a8a;
          --error: #b3261e; --warning: #9a5b00; --info: #1f5fa8; --ok: #1e7b34; color-scheme: light dark; }
        @media (prefers-color-scheme: dark) {
          :root { --ink: #ece9f5; --muted: #aaa3bf; --line: #3c3752; --paper: #17151f; --tint: #221f2e; --accent: #b9a7ec;
            --error: #ff8a80; --warning: #f2b45c; --info: #8ab4f8; --ok: #7fd493; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink);
          background: var(--paper); }
        header, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 1.25rem; }
        .page-header { padding-top: 1.5rem; padding-bottom: 1rem; border-bottom: 4px solid var(--accent); }
        .page-header.fail { border-bottom-color: var(--error); }
        .page-header.pass { border-bottom-color: var(--ok); }
        h1 { font-size: 1.6rem; margin: 0 0 .5rem; color: var(--accent); }
        h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; }
        .verdict { font-size: 1.1rem; margin: .25rem 0 .75rem; }
        .intro { color: var(--muted); max-width: 60rem; }
        .totals { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: 0; }
        .totals li { background: var(--tint); border: 1px solid var(--line); border-radius: 6px; padding: .25rem .75rem; }
        .totals li.sev-error strong { color: var(--error); }
        .totals li.sev-warning strong { color: var(--warning); }
        .totals li.sev-info strong { color: var(--info); }
        .badge { display: inline-block; border-radius: 999px; padding: 0 .6rem; font-weight: 600; font-size: .9em; white-space: nowrap; }
        .badge.fail { color: #fff; background: var(--error); }
        .badge.pass { color: #fff; background: var(--ok); }
        @media (prefers-color-scheme: dark) { .badge.fail, .badge.pass { color: #17151f; } }
        .muted { color: var(--muted); }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
        thead th { position: sticky; top: 0; background: var(--tint); font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; }
        td.n, th.n { text-align: right; }
        td.n.zero { color: var(--muted); }
        td.sev-error { color: var(--error); font-weight: 700; }
        td.sev-warning { color: var(--warning); font-weight: 700; }
        td.sev-info { color: var(--info); font-weight: 700; }
        tr.fail > th a, tr.fail > th code { color: var(--error); }
        ul.files { margin: .25rem 0 0; padding-left: 1.1rem; font-size: .9em; }
        td.licence small { color: var(--muted); }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: break-word; }
        .chart { width: 100%; max-width: 720px; height: auto; display: block; }
        .chart text { fill: var(--ink); font-size: 14px; dominant-baseline: central; }
        .chart a:hover text.label, .chart a:focus text.label { text-decoration: underline; }
        .bar-error { fill: var(--error); background: var(--error); }
        .bar-warning { fill: var(--warning); background: var(--warning); }
        .bar-info { fill: var(--info); background: var(--info); }
        .legend { color: var(--muted); font-size: .9rem; }
        .legend span { margin-right: 1rem; }
        .key { display: inline-block; width: .9rem; height: .9rem; border-radius: 2px; margin-right: .35rem; vertical-align: -2px; }
        figure { margin: 0; }
        .filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .75rem; margin-bottom: .75rem;
          background: var(--tint); border: 1px solid var(--line); border-radius: 6px; }
        .filters[hidden] { display: none; }
        .filters select, .filters input, .filters button { font: inherit; margin-left: .25rem; }
        .filters output { color: var(--muted); margin-left: auto; }
        table.findings td { font-size: .95rem; }
        .sev { font-weight: 700; text-transform: uppercase; font-size: .8rem; letter-spacing: .03em; }
        .sev.error { color: var(--error); }
        .sev.warning { color: var(--warning); }
        .sev.info { color: var(--info); }
        tr[data-waived] { opacity: .65; }
        .waived { font-size: .85rem; color: var(--muted); }
        .rule-title, .place { color: var(--muted); font-size: .9em; }
        .message { margin: 0; white-space: pre-line; }
        .count, .more, .evidence { margin: .25rem 0 0; color: var(--muted); font-size: .9em; }
        .evidence { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; overflow-wrap: break-word; }
        details summary { cursor: pointer; color: var(--accent); white-space: nowrap; }
        td.fix { white-space: pre-line; }
        footer { color: var(--muted); font-size: .85rem; padding-top: 1.5rem; padding-bottom: 2rem; }
        a { color: var(--accent); }
        @media print { .filters { display: none; } thead th { position: static; } }

        """

    /// Filters the findings table from the form and from the address's fragment
    /// (`#severity=error&family=types&file=d:dataset&text=siret`), and keeps the two in step.
    static let script = """
        (function () {
          "use strict";
          var form = document.getElementById("filters");
          var output = document.getElementById("shown");
          var rows = Array.prototype.slice.call(document.querySelectorAll("table.findings tbody tr[data-severity]"));
          var names = ["severity", "family", "file", "text"];

          function current() {
            var state = {};
            names.forEach(function (name) { state[name] = form.elements[name].value; });
            return state;
          }

          function keeps(row, state) {
            var waived = row.hasAttribute("data-waived");
            if (state.severity === "waived") {
              if (!waived) { return false; }
            } else if (state.severity) {
              if (row.getAttribute("data-severity") !== state.severity) { return false; }
            }
            if (state.family) {
              if (row.getAttribute("data-family") !== state.family) { return false; }
            }
            if (state.file) {
              var attribute = state.file.charAt(0) === "d" ? "data-dataset" : "data-file";
              if (row.getAttribute(attribute) !== state.file.slice(2)) { return false; }
            }
            return !state.text || row.textContent.toLowerCase().indexOf(state.text.toLowerCase()) >= 0;
          }

          function apply() {
            var state = current();
            var shown = 0;
            rows.forEach(function (row) {
              row.hidden = !keeps(row, state);
              if (!row.hidden) { shown += 1; }
            });
            output.textContent = output.getAttribute("data-template").replace("{shown}", shown).replace("{total}", rows.length);
          }

          // The filters named in the fragment, or null when it names none (a plain anchor such as #top).
          function filtersInFragment() {
            var state = null;
            window.location.hash.replace(/^#/, "").split("\\u0026").forEach(function (pair) {
              var cut = pair.indexOf("=");
              if (!(cut > 0)) { return; }
              var name;
              var value;
              try {
                name = decodeURIComponent(pair.slice(0, cut));
                value = decodeURIComponent(pair.slice(cut + 1).replace(/\\+/g, " "));
              } catch (error) {
                return;
              }
              if (names.indexOf(name) >= 0) {
                state = state || {};
                state[name] = value;
              }
            });
            return state;
          }

          function show(state) {
            names.forEach(function (name) {
              var field = form.elements[name];
              var value = state[name] || "";
              var known = field.tagName !== "SELECT" || Array.prototype.some.call(field.options, function (option) {
                return option.value === value;
              });
              field.value = known ? value : "";
            });
            apply();
          }

          function remember() {
            var state = current();
            var fragment = names.filter(function (name) { return state[name]; }).map(function (name) {
              return name + "=" + encodeURIComponent(state[name]);
            }).join("\\u0026");
            try {
              window.history.replaceState(null, "", fragment ? "#" + fragment : window.location.pathname + window.location.search);
            } catch (error) {
              // Some browsers refuse history changes on file:// pages; the filters still work.
            }
          }

          form.addEventListener("input", function () { apply(); remember(); });
          form.addEventListener("submit", function (event) { event.preventDefault(); });
          form.addEventListener("reset", function () { window.setTimeout(function () { apply(); remember(); }, 0); });
          window.addEventListener("hashchange", function () {
            var state = filtersInFragment();
            if (state) {
              show(state);
              document.getElementById("findings").scrollIntoView();
            }
          });
          form.hidden = false;
          show(filtersInFragment() || {});
          document.documentElement.setAttribute("data-ready", "");
        }());

        """
}
