/* calf-report-html.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "calf-report-private.h"

/*
 * One self-contained HTML file: inline CSS (with a print stylesheet and a
 * dark scheme for screens), semantic headings and lists, and the exercise
 * drawings as inline SVG. It is written as polyglot markup (void elements
 * closed, no bare & or <), so it is also well-formed XML, and every piece
 * of text is escaped.
 */

static const char stylesheet[] =
  ":root{color-scheme:light dark;--fg:#241f31;--muted:#5e5c64;--line:#deddda;--bg:#ffffff;"
  "--box:#f6f5f4;--accent:#1a5fb4}\n"
  "@media (prefers-color-scheme: dark){:root{--fg:#f6f5f4;--muted:#c0bfbc;--line:#5e5c64;"
  "--bg:#242424;--box:#303030;--accent:#99c1f1}\n"
  ".illustration svg .figure{stroke:#deddda}.illustration svg .ghost{stroke:#77767b;opacity:.7}"
  ".illustration svg .accent{stroke:#62a0ea}.illustration svg .prop{stroke:#9a9996}"
  ".illustration svg .fill{fill:#3d3846}}\n"
  "body{font-family:Cantarell,'Noto Sans','DejaVu Sans',sans-serif;color:var(--fg);"
  "background:var(--bg);line-height:1.5;max-width:46em;margin:2em auto;padding:0 1.25em}\n"
  "h1{font-size:1.8em;margin:0 0 .3em}\n"
  "h2{font-size:1.3em;color:var(--accent);border-bottom:1px solid var(--line);"
  "padding-bottom:.2em;margin:1.8em 0 .6em}\n"
  "h3{font-size:1.05em;margin:1.2em 0 .3em}\n"
  "dl.facts{display:grid;grid-template-columns:max-content auto;gap:.15em 1em;margin:0}\n"
  "dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}\n"
  ".triage{border:2px solid var(--level);border-left-width:.6em;border-radius:6px;"
  "padding:.6em 1em;background:var(--box)}\n"
  ".triage .level{font-weight:bold;font-size:1.15em;margin:.2em 0 .4em}\n"
  ".level-emergency{--level:#c01c28}.level-urgent{--level:#e66100}"
  ".level-soon{--level:#c88800}.level-self-care{--level:#26a269}\n"
  ".likelihood{font-weight:normal;color:var(--muted)}\n"
  ".label{color:var(--muted);margin-bottom:.1em}\n"
  "ol.exercises{list-style:none;padding:0}\n"
  ".exercise{display:flex;gap:1em;align-items:flex-start;border-top:1px solid var(--line);"
  "padding-top:.6em;margin-top:.6em}\n"
  ".illustration{flex:0 0 auto}.illustration svg{width:8em;height:8em}\n"
  "table{border-collapse:collapse;width:100%}\n"
  "th,td{text-align:left;vertical-align:top;padding:.3em .5em;border-bottom:1px solid var(--line)}\n"
  "th{color:var(--muted);font-weight:normal}\n"
  "ol.references{font-size:.9em;overflow-wrap:anywhere}\n"
  ".about{color:var(--muted);font-size:.95em}\n"
  "@media print{:root{--fg:#000000;--muted:#444444;--line:#bbbbbb;--bg:#ffffff;--box:#ffffff;"
  "--accent:#000000}\n"
  "body{max-width:none;margin:0;padding:0;font-size:10.5pt}\n"
  "@page{margin:18mm}\n"
  "h2,h3{break-after:avoid}\n"
  ".exercise,.triage,tr,li{break-inside:avoid}\n"
  ".illustration svg .figure{stroke:#3d3846}.illustration svg .fill{fill:#f6f5f4}}\n";

static void
text (GString    *out,
      const char *str)
{
  g_autofree char *escaped = g_markup_escape_text (str, -1);

  g_string_append (out, escaped);
}

/* <tag class="klass">escaped text</tag> */
static void
element (GString    *out,
         const char *tag,
         const char *klass,
         const char *str)
{
  if (klass != NULL)
    g_string_append_printf (out, "<%s class=\"%s\">", tag, klass);
  else
    g_string_append_printf (out, "<%s>", tag);
  text (out, str);
  g_string_append_printf (out, "</%s>\n", tag);
}

static void
section_start (GString           *out,
               CalfReportSection  section,
               const char        *id)
{
  g_string_append_printf (out, "<section id=\"%s\" aria-labelledby=\"%s-title\">\n"
                          "<h2 id=\"%s-title\">", id, id, id);
  text (out, calf_report_get_section_title (section));
  g_string_append (out, "</h2>\n");
}

static void
list (GString    *out,
      const char *tag,
      GPtrArray  *items)
{
  g_string_append_printf (out, "<%s>\n", tag);
  for (guint i = 0; i < items->len; i++)
    element (out, "li", NULL, g_ptr_array_index (items, i));
  g_string_append_printf (out, "</%s>\n", tag);
}

/* The drawing from our own resource, without its XML prolog. */
static void
inline_svg (GString    *out,
            GBytes     *svg,
            const char *label)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (svg, &size);
  g_autofree char *copy = g_strndup (data, size);
  char *start = strstr (copy, "<svg");
  char *end = g_strrstr (copy, "</svg>");

  if (start == NULL || end == NULL || end < start || !g_utf8_validate (copy, -1, NULL))
    return;
  end[strlen ("</svg>")] = '\0';

  g_string_append (out, "<div class=\"illustration\">");
  g_string_append (out, "<svg role=\"img\" aria-label=\"");
  text (out, label);
  g_string_append (out, "\"");
  g_string_append (out, start + strlen ("<svg"));
  g_string_append (out, "</div>\n");
}

static void
add_facts (GString    *out,
           CalfReport *self)
{
  const struct { CalfReportLabel label; const char *value; } facts[] = {
    { CALF_REPORT_LABEL_DATE, calf_report_get_date_text (self) },
    { CALF_REPORT_LABEL_LEG, calf_report_get_leg_text (self) },
    { CALF_REPORT_LABEL_REGION, calf_report_get_region_name (self) },
    { CALF_REPORT_LABEL_PERSON, calf_report_get_person_text (self) },
  };

  g_string_append (out, "<dl class=\"facts\">\n");
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      if (facts[i].value == NULL)
        continue;
      element (out, "dt", NULL, calf_report_get_label (facts[i].label));
      element (out, "dd", NULL, facts[i].value);
    }
  g_string_append (out, "</dl>\n");
}

static void
add_triage (GString    *out,
            CalfReport *self)
{
  GPtrArray *why = calf_report_get_triage_why (self);
  GPtrArray *notes = calf_report_get_triage_notes (self);
  GPtrArray *changes = calf_report_get_changes (self);
  const char *level = calf_triage_level_to_string (calf_report_get_triage_level (self));

  section_start (out, CALF_REPORT_SECTION_TRIAGE, "triage");
  g_string_append_printf (out, "<div class=\"triage level-%s\">\n", level);
  g_string_append (out, "<p class=\"level\">");
  text (out, calf_report_get_label (CALF_REPORT_LABEL_LEVEL));
  g_string_append (out, ": ");
  text (out, calf_report_get_triage_label (self));
  g_string_append (out, "</p>\n");
  element (out, "h3", NULL, calf_report_get_triage_title (self));
  element (out, "p", NULL, calf_report_get_triage_advice (self));
  if (why->len > 0)
    {
      element (out, "p", "label", calf_report_get_label (CALF_REPORT_LABEL_WHY));
      list (out, "ul", why);
    }
  for (guint i = 0; i < notes->len; i++)
    element (out, "p", "note", g_ptr_array_index (notes, i));
  g_string_append (out, "</div>\n</section>\n");

  if (changes->len > 0)
    {
      section_start (out, CALF_REPORT_SECTION_COULD_CHANGE, "could-change");
      element (out, "p", NULL, calf_report_get_label (CALF_REPORT_LABEL_COULD_CHANGE));
      list (out, "ul", changes);
      g_string_append (out, "</section>\n");
    }
}

static void
add_causes (GString    *out,
            CalfReport *self)
{
  GPtrArray *causes = calf_report_get_causes (self);

  section_start (out, CALF_REPORT_SECTION_CAUSES, "causes");
  g_string_append (out, "<ol class=\"causes\">\n");
  for (guint i = 0; i < causes->len; i++)
    {
      const CalfReportCause *cause = g_ptr_array_index (causes, i);

      g_string_append (out, "<li>\n<h3>");
      text (out, cause->name);
      g_string_append (out, " <span class=\"likelihood\">(");
      text (out, cause->likelihood);
      g_string_append (out, ")</span></h3>\n");
      element (out, "p", NULL, cause->summary);
      if (cause->towards->len > 0)
        {
          element (out, "p", "label", calf_report_get_label (CALF_REPORT_LABEL_POINTS_TOWARDS));
          list (out, "ul", cause->towards);
        }
      if (cause->away->len > 0)
        {
          element (out, "p", "label", calf_report_get_label (CALF_REPORT_LABEL_POINTS_AWAY));
          list (out, "ul", cause->away);
        }
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ol>\n</section>\n");
}

static void
add_exercises (GString    *out,
               CalfReport *self)
{
  GPtrArray *exercises = calf_report_get_exercises (self);
  GPtrArray *withheld = calf_report_get_withheld (self);

  section_start (out, CALF_REPORT_SECTION_EXERCISES, "exercises");
  if (exercises->len == 0)
    element (out, "p", NULL, calf_report_get_label (CALF_REPORT_LABEL_NO_EXERCISES));
  else
    g_string_append (out, "<ol class=\"exercises\">\n");

  for (guint i = 0; i < exercises->len; i++)
    {
      const CalfReportExercise *exercise = g_ptr_array_index (exercises, i);

      g_string_append (out, "<li class=\"exercise\">\n");
      if (exercise->svg != NULL)
        inline_svg (out, exercise->svg, exercise->name);
      g_string_append (out, "<div>\n");
      element (out, "h3", NULL, exercise->name);
      g_string_append (out, "<p><strong>");
      text (out, calf_report_get_label (CALF_REPORT_LABEL_DOSE));
      g_string_append (out, ":</strong> ");
      text (out, exercise->dose);
      g_string_append (out, "</p>\n");
      element (out, "p", NULL, exercise->purpose);
      g_string_append (out, "<ol>\n");
      for (guint j = 0; exercise->steps[j] != NULL; j++)
        element (out, "li", NULL, exercise->steps[j]);
      g_string_append (out, "</ol>\n");
      element (out, "p", NULL, exercise->stop_if);
      g_string_append (out, "</div>\n</li>\n");
    }
  if (exercises->len > 0)
    g_string_append (out, "</ol>\n");
  g_string_append (out, "</section>\n");

  if (withheld->len == 0)
    return;

  section_start (out, CALF_REPORT_SECTION_WITHHELD, "withheld");
  g_string_append (out, "<ul>\n");
  for (guint i = 0; i < withheld->len; i++)
    {
      const CalfReportWithheld *entry = g_ptr_array_index (withheld, i);

      g_string_append (out, "<li><strong>");
      text (out, entry->name);
      g_string_append (out, ":</strong> ");
      text (out, entry->reason);
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n</section>\n");
}

static void
add_safety_and_answers (GString    *out,
                        CalfReport *self)
{
  GPtrArray *safety = calf_report_get_safety (self);
  GPtrArray *answers = calf_report_get_answers (self);

  section_start (out, CALF_REPORT_SECTION_SAFETY, "safety");
  g_string_append (out, "<ul>\n");
  for (guint i = 0; i < safety->len; i++)
    {
      const CalfReportSafety *entry = g_ptr_array_index (safety, i);

      g_string_append (out, "<li><strong>");
      text (out, entry->title);
      g_string_append (out, ":</strong> ");
      text (out, entry->text);
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n</section>\n");

  section_start (out, CALF_REPORT_SECTION_ANSWERS, "answers");
  if (answers->len == 0)
    element (out, "p", NULL, calf_report_get_label (CALF_REPORT_LABEL_NONE_ANSWERED));
  else
    {
      g_string_append (out, "<table>\n<thead><tr><th scope=\"col\">");
      text (out, calf_report_get_label (CALF_REPORT_LABEL_QUESTION));
      g_string_append (out, "</th><th scope=\"col\">");
      text (out, calf_report_get_label (CALF_REPORT_LABEL_ANSWER));
      g_string_append (out, "</th></tr></thead>\n<tbody>\n");
      for (guint i = 0; i < answers->len; i++)
        {
          const CalfReportAnswer *answer = g_ptr_array_index (answers, i);

          g_string_append (out, "<tr><td>");
          text (out, answer->question);
          g_string_append (out, "</td><td>");
          text (out, answer->answer);
          g_string_append (out, "</td></tr>\n");
        }
      g_string_append (out, "</tbody>\n</table>\n");
    }
  g_string_append (out, "</section>\n");
}

static void
add_progress (GString    *out,
              CalfReport *self)
{
  GPtrArray *items = calf_report_get_progress_items (self);

  if (calf_report_get_progress_summary (self) == NULL)
    return;

  section_start (out, CALF_REPORT_SECTION_PROGRESS, "progress");
  element (out, "p", NULL, calf_report_get_progress_summary (self));
  g_string_append (out, "<table>\n<thead><tr><th scope=\"col\">");
  text (out, calf_report_get_label (CALF_REPORT_LABEL_DATE));
  g_string_append (out, "</th><th scope=\"col\">");
  /* Translators: a column of the report's Progress table. */
  text (out, _("Entry"));
  g_string_append (out, "</th></tr></thead>\n<tbody>\n");
  for (guint i = 0; i < items->len; i++)
    {
      const CalfReportProgressItem *item = g_ptr_array_index (items, i);

      g_string_append (out, "<tr><td>");
      text (out, item->date);
      g_string_append (out, "</td><td><strong>");
      text (out, item->title);
      g_string_append (out, "</strong>");
      if (*item->detail != '\0')
        {
          g_string_append (out, "<br>");
          text (out, item->detail);
        }
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n</section>\n");
}

static void
add_references_and_about (GString    *out,
                          CalfReport *self)
{
  GPtrArray *references = calf_report_get_references (self);

  add_progress (out, self);

  if (references->len > 0)
    {
      section_start (out, CALF_REPORT_SECTION_REFERENCES, "references");
      g_string_append (out, "<ol class=\"references\">\n");
      for (guint i = 0; i < references->len; i++)
        {
          g_autofree char *str = calf_report_reference_to_string (g_ptr_array_index (references, i));

          element (out, "li", NULL, str);
        }
      g_string_append (out, "</ol>\n</section>\n");
    }

  section_start (out, CALF_REPORT_SECTION_ABOUT, "about");
  element (out, "p", "about", calf_report_get_statement (self));
  g_string_append (out, "<p class=\"about\">");
  text (out, calf_report_get_label (CALF_REPORT_LABEL_APP_VERSION));
  g_string_append (out, ": ");
  text (out, calf_report_get_app_version (self));
  g_string_append (out, "<br/>");
  text (out, calf_report_get_label (CALF_REPORT_LABEL_DATABASE_VERSION));
  g_string_append (out, ": ");
  text (out, calf_report_get_database_version (self));
  g_string_append (out, "</p>\n</section>\n");
}

char *
calf_report_render_html (CalfReport *self)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  /* Translators: the language code of this translation, as used in HTML
   * (e.g. "de", "pt-BR"). */
  text (out, C_("html lang", "en"));
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
  g_string_append (out, "<meta name=\"generator\" content=\"Calf Check ");
  text (out, calf_report_get_app_version (self));
  g_string_append (out, "\"/>\n<title>");
  text (out, calf_report_get_title (self));
  g_string_append (out, " – ");
  text (out, calf_report_get_date_text (self));
  g_string_append_printf (out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", stylesheet);

  element (out, "h1", NULL, calf_report_get_title (self));
  add_facts (out, self);
  add_triage (out, self);
  add_causes (out, self);
  add_exercises (out, self);
  add_safety_and_answers (out, self);
  add_references_and_about (out, self);

  g_string_append (out, "</body>\n</html>\n");
  return g_string_free (g_steal_pointer (&out), FALSE);
}
