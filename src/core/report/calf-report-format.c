/* calf-report-format.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "calf-exercises-resources.h"
#include "calf-report-private.h"
#include "calf-program-files.h"

/* The words every format shares, references, drawings, and the choice of
 * format. */

static const struct {
  const char *id;
  const char *extension;
  const char *mime_type;
  const char *name;
} formats[CALF_REPORT_N_FORMATS] = {
  /* Translators: a file type, in the list of types of the Export dialog. */
  [CALF_REPORT_FORMAT_PDF] = { "pdf", "pdf", "application/pdf", N_("PDF document") },
  [CALF_REPORT_FORMAT_HTML] = { "html", "html", "text/html", N_("Web page (HTML)") },
  [CALF_REPORT_FORMAT_MARKDOWN] = { "markdown", "md", "text/markdown", N_("Markdown text") },
  [CALF_REPORT_FORMAT_TEXT] = { "text", "txt", "text/plain", N_("Plain text") },
  [CALF_REPORT_FORMAT_JSON] = { "json", "json", "application/json", N_("JSON data") },
};

const char *
calf_report_get_section_title (CalfReportSection section)
{
  static const char *titles[CALF_REPORT_N_SECTIONS] = {
    /* Translators: a section heading of a printed or exported report: how soon to get help and
     * what to do. */
    [CALF_REPORT_SECTION_TRIAGE] = N_("What to do"),
    [CALF_REPORT_SECTION_CAUSES] = N_("Possible causes"),
    [CALF_REPORT_SECTION_EXERCISES] = N_("Recommended exercises"),
    [CALF_REPORT_SECTION_WITHHELD] = N_("Exercises not advised for now"),
    [CALF_REPORT_SECTION_SAFETY] = N_("Safety guidance"),
    [CALF_REPORT_SECTION_ANSWERS] = N_("Questions and answers"),
    /* Translators: a section heading of a report: the published sources cited. */
    [CALF_REPORT_SECTION_REFERENCES] = N_("References"),
    [CALF_REPORT_SECTION_ABOUT] = N_("About this report"),
    [CALF_REPORT_SECTION_COULD_CHANGE] = N_("What could change this advice"),
    /* Translators: a section heading of a report: how the pain has gone over weeks, from the
     * history. */
    [CALF_REPORT_SECTION_PROGRESS] = N_("Progress"),
  };

  g_return_val_if_fail (section < CALF_REPORT_N_SECTIONS, NULL);
  return _(titles[section]);
}

const char *
calf_report_get_label (CalfReportLabel label)
{
  static const char *labels[CALF_REPORT_N_LABELS] = {
    /* Translators: a label in a report: the date of the assessment. Also a column heading. */
    [CALF_REPORT_LABEL_DATE] = N_("Date"),
    /* Translators: a label in a report, before which leg hurts: "Left leg", "Right leg" or
     * "Both legs". */
    [CALF_REPORT_LABEL_LEG] = N_("Leg"),
    /* Translators: a label in a report, before the place that hurts, e.g. "Achilles tendon";
     * also the name of the list of places, for screen readers, and a column heading. */
    [CALF_REPORT_LABEL_REGION] = N_("Where it hurts"),
    /* Translators: a label in a report, before the person's age and sex, e.g. "Age 54, female". */
    [CALF_REPORT_LABEL_PERSON] = N_("Person"),
    /* Translators: a label in a report, before how soon to get help, e.g. "Urgent (today)". */
    [CALF_REPORT_LABEL_LEVEL] = N_("Triage"),
    /* Translators: a label in a report, before the reasons for the advice on how soon to get
     * help. */
    [CALF_REPORT_LABEL_WHY] = N_("Why"),
    /* Translators: a label in a report: how well a possible cause fits the answers, e.g.
     * "Strong match". */
    [CALF_REPORT_LABEL_LIKELIHOOD] = N_("Likelihood"),
    [CALF_REPORT_LABEL_POINTS_TOWARDS] = N_("Answers that point towards it"),
    [CALF_REPORT_LABEL_POINTS_AWAY] = N_("Answers that point away from it"),
    /* Translators: a label in a report: how much and how often to do an exercise, e.g. "3 × 15
     * repetitions, twice a day, …". */
    [CALF_REPORT_LABEL_DOSE] = N_("Dose"),
    /* Translators: a label in a report, before the numbered steps of an exercise. Also a
     * heading on an exercise's page. */
    [CALF_REPORT_LABEL_STEPS] = N_("Steps"),
    /* Translators: a column heading in the questions-and-answers table of a report. */
    [CALF_REPORT_LABEL_QUESTION] = N_("Question"),
    /* Translators: a column heading in the questions-and-answers table of a report. */
    [CALF_REPORT_LABEL_ANSWER] = N_("Answer"),
    [CALF_REPORT_LABEL_APP_VERSION] = N_("Calf Check version"),
    [CALF_REPORT_LABEL_DATABASE_VERSION] = N_("Condition database version"),
    [CALF_REPORT_LABEL_NONE_ANSWERED] = N_("No questions were answered."),
    [CALF_REPORT_LABEL_NO_EXERCISES] = N_("No exercises are suggested with this result. Get checked first."),
    /* Translators: a label or column heading in a report: a possible cause of the pain. */
    [CALF_REPORT_LABEL_CAUSE] = N_("Possible cause"),
    /* Translators: a label or column heading in a report: the name of an exercise. */
    [CALF_REPORT_LABEL_EXERCISE] = N_("Exercise"),
    /* Translators: a label or column heading in a report: why an exercise is not advised for
     * now. */
    [CALF_REPORT_LABEL_REASON] = N_("Reason"),
    [CALF_REPORT_LABEL_COULD_CHANGE] = N_("You answered “Not sure” to these. If one turns out to be yes, the advice changes:"),
  };

  g_return_val_if_fail (label < CALF_REPORT_N_LABELS, NULL);
  return _(labels[label]);
}

gboolean
calf_report_format_from_string (const char       *str,
                                CalfReportFormat *format)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < CALF_REPORT_N_FORMATS; i++)
    {
      if (g_ascii_strcasecmp (str, formats[i].id) == 0)
        {
          if (format != NULL)
            *format = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
calf_report_format_to_string (CalfReportFormat format)
{
  g_return_val_if_fail (format < CALF_REPORT_N_FORMATS, NULL);
  return formats[format].id;
}

const char *
calf_report_format_get_extension (CalfReportFormat format)
{
  g_return_val_if_fail (format < CALF_REPORT_N_FORMATS, NULL);
  return formats[format].extension;
}

const char *
calf_report_format_get_mime_type (CalfReportFormat format)
{
  g_return_val_if_fail (format < CALF_REPORT_N_FORMATS, NULL);
  return formats[format].mime_type;
}

const char *
calf_report_format_get_name (CalfReportFormat format)
{
  g_return_val_if_fail (format < CALF_REPORT_N_FORMATS, NULL);
  return _(formats[format].name);
}

char *
calf_report_suggest_file_name (CalfReport       *self,
                               CalfReportFormat  format)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);
  g_return_val_if_fail (format < CALF_REPORT_N_FORMATS, NULL);

  /* Not translated: a file name that sorts by date everywhere. */
  date = g_date_time_format (calf_report_get_created (self), "%Y-%m-%d");
  return g_strdup_printf ("calf-check-%s.%s", date, formats[format].extension);
}

/**
 * calf_report_format_for_file_name:
 * @name: a file name as a person typed it
 * @fallback: the format of the file chooser's filter
 * @format: (out): the format to write
 *
 * The format a file name asks for: its extension when it is one we write
 * ("report.html" is HTML whatever the filter), else @fallback.
 *
 * Returns: (transfer full) (nullable): the name with @fallback's extension
 *   added when it had none, or %NULL when @name is to be used as it is
 */
char *
calf_report_format_for_file_name (const char       *name,
                                  CalfReportFormat  fallback,
                                  CalfReportFormat *format)
{
  const char *dot;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (fallback < CALF_REPORT_N_FORMATS, NULL);
  g_return_val_if_fail (format != NULL, NULL);

  *format = fallback;
  dot = strrchr (name, '.');
  /* ".report" is a hidden file's name, not an extension. */
  if (dot == NULL || dot == name)
    return g_strdup_printf ("%s.%s", name, formats[fallback].extension);

  for (guint i = 0; i < CALF_REPORT_N_FORMATS; i++)
    {
      if (g_ascii_strcasecmp (dot + 1, formats[i].extension) == 0 ||
          g_ascii_strcasecmp (dot + 1, formats[i].id) == 0 ||
          (i == CALF_REPORT_FORMAT_HTML && g_ascii_strcasecmp (dot + 1, "htm") == 0))
        {
          *format = i;
          break;
        }
    }
  return NULL;
}

char *
calf_report_reference_to_string (const CalfReportReference *reference)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (reference != NULL, NULL);

  if (reference->authors != NULL)
    g_string_append_printf (text, "%s (%d). ", reference->authors, reference->year);
  g_string_append (text, reference->title);
  if (!g_str_has_suffix (reference->title, ".") && !g_str_has_suffix (reference->title, "?"))
    g_string_append_c (text, '.');
  g_string_append_printf (text, " %s", reference->source);
  if (reference->authors == NULL)
    g_string_append_printf (text, ", %d", reference->year);
  g_string_append_c (text, '.');
  if (reference->url != NULL)
    g_string_append_printf (text, " %s", reference->url);

  return g_string_free (text, FALSE);
}

GBytes *
calf_report_load_illustration (const char *file_name)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (file_name != NULL, NULL);

  /* Only plain names: the drawing lives in our own resource. */
  if (strchr (file_name, '/') != NULL || !g_str_has_suffix (file_name, ".svg"))
    return NULL;

  /* Looked up in our resource directly (not the global list), so the
   * linker keeps it in every program that links calfcore. */
  path = g_strconcat (CALF_REPORT_ILLUSTRATION_PATH, file_name, NULL);
  return g_resource_lookup_data (calf_program_resource (calf_exercises_resource_get_resource), path,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}
