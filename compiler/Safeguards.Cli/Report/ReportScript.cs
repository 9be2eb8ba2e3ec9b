namespace Safeguards.Cli.Report;

/// <summary>The page's only script, inline: filters by outcome, severity and safeguard. Without it the
/// page shows everything (the filter form stays hidden). It reads only data attributes, never inserts HTML.</summary>
public static class ReportScript
{
    public const string Js = """
        (function () {
          'use strict';
          var form = document.getElementById('filters');
          if (!form) return;
          form.hidden = false;
          var rows = Array.prototype.slice.call(document.querySelectorAll('tr.case-row'));
          var findings = Array.prototype.slice.call(document.querySelectorAll('#details .f'));
          var shown = document.getElementById('shown-count');
          var sections = {};
          rows.forEach(function (r) { var s = r.getAttribute('data-sec'); if (s) sections[s] = document.getElementById(s); });
          function boxes(name) {
            var m = {}, all = true;
            Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]'), function (i) { m[i.value] = i.checked; if (!i.checked) all = false; });
            return { m: m, all: all };
          }
          function apply() {
            var o = boxes('o'), s = boxes('s'), g = form.elements.g.value;
            var everything = o.all && s.all && g === '';
            function match(k) { var p = k.split('.'); return o.m[p[0]] && s.m[p[1]] && (g === '' || g === p[2]); }
            var n = 0;
            rows.forEach(function (r) {
              var ok = everything;
              if (!ok) {
                var f = r.getAttribute('data-f');
                if (f) { var t = f.split(' '); for (var i = 0; i < t.length && !ok; i++) ok = match(t[i]); }
              }
              r.hidden = !ok;
              var sec = r.getAttribute('data-sec');
              if (sec && sections[sec]) sections[sec].hidden = !ok;
              if (ok) n++;
            });
            findings.forEach(function (f) {
              var ok = everything || match(f.getAttribute('data-k'));
              if (f.namespaceURI === 'http://www.w3.org/2000/svg') f.classList.toggle('dim', !ok); else f.hidden = !ok;
            });
            shown.textContent = 'Showing ' + n + ' of ' + rows.length + ' cases.';
          }
          function only(outcome) {
            Array.prototype.forEach.call(form.querySelectorAll('input[name="o"]'), function (i) { i.checked = outcome === null || i.value === outcome; });
            apply();
          }
          form.addEventListener('change', apply);
          form.addEventListener('submit', function (e) { e.preventDefault(); });
          form.addEventListener('click', function (e) {
            var b = e.target.closest('button[data-only]');
            if (!b) return;
            e.preventDefault();
            if (b.getAttribute('data-only') === 'all') {
              Array.prototype.forEach.call(form.querySelectorAll('input[type="checkbox"]'), function (i) { i.checked = true; });
              form.elements.g.value = '';
              apply();
            } else only(b.getAttribute('data-only'));
          });
          apply();
        })();
        """;
}
