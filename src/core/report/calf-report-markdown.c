/* calf-report-markdown.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "calf-report-private.h"

/* CommonMark with one GitHub-style table (the answers). Every piece of
 * text from the database or the person is escaped, so nothing in it can
 * turn into markup, links or HTML. */

static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (strchr ("\\`*_[]<>#|~", *p) != NULL)
        g_string_append_c (out, '\\');
      if (*p == '\n')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
}

static void
heading (GString           *out,
         CalfReportSection  section)
{
  g_string_append (out, "\n## ");
  append_escaped (out, calf_report_get_section_title (section));
  g_string_append (out, "\n\n");
}

static void
field (GString         *out,
       CalfReportLabel  label,
       const char      *value,
       gboolean         line_break)
{
  g_string_append (out, "**");
  append_escaped (out, calf_report_get_label (label));
  g_string_append (out, ":** ");
  append_escaped (out, value);
  /* Two spaces: a line break inside one paragraph. */
  g_string_append (out, line_break ? "  \n" : "\n");
}

static void
bullet_list (GString   *out,
             GPtrArray *items,
             const char *indent)
{
  for (guint i = 0; i < items->len; i++)
    {
      g_string_append_printf (out, "%s- ", indent);
      append_escaped (out, g_ptr_array_index (items, i));
      g_string_append_c (out, '\n');
    }
}

static void
add_causes (GString    *out,
            CalfReport *self)
{
  GPtrArray *causes = calf_report_get_causes (self);

  heading (out, CALF_REPORT_SECTION_CAUSES);
  for (guint i = 0; i < causes->len; i++)
    {
      const CalfReportCause *cause = g_ptr_array_index (causes, i);

      g_string_append_printf (out, "%s### %u. ", i > 0 ? "\n" : "", i + 1);
      append_escaped (out, cause->name);
      g_string_append (out, "\n\n");
      field (out, CALF_REPORT_LABEL_LIKELIHOOD, cause->likelihood, FALSE);
      g_string_append_c (out, '\n');
      append_escaped (out, cause->summary);
      g_string_append (out, "\n");
      if (cause->towards->len > 0)
        {
          g_string_append (out, "\n");
          append_escaped (out, calf_report_get_label (CALF_REPORT_LABEL_POINTS_TOWARDS));
          g_string_append (out, ":\n\n");
          bullet_list (out, cause->towards, "");
        }
      if (cause->away->len > 0)
        {
          g_string_append (out, "\n");
          append_escaped (out, calf_report_get_label (CALF_REPORT_LABEL_POINTS_AWAY));
          g_string_append (out, ":\n\n");
          bullet_list (out, cause->away, "");
        }
    }
}

static void
add_exercises (GString    *out,
               CalfReport *self)
{
  GPtrArray *exercises = calf_report_get_exercises (self);
  GPtrArray *withheld = calf_report_get_withheld (self);

  heading (out, CALF_REPORT_SECTION_EXERCISES);
  if (exercises->len == 0)
    {
      append_escaped (out, calf_report_get_label (CALF_REPORT_LABEL_NO_EXERCISES));
      g_string_append_c (out, '\n');
    }

  for (guint i = 0; i < exercises->len; i++)
    {
      const CalfReportExercise *exercise = g_ptr_array_index (exercises, i);

      g_string_append_printf (out, "%s### %u. ", i > 0 ? "\n" : "", i + 1);
      append_escaped (out, exercise->name);
      g_string_append (out, "\n\n");
      field (out, CALF_REPORT_LABEL_DOSE, exercise->dose, FALSE);
      g_string_append_c (out, '\n');
      append_escaped (out, exercise->purpose);
      g_string_append (out, "\n\n");
      for (guint j = 0; exercise->steps[j] != NULL; j++)
        {
          g_string_append_printf (out, "%u. ", j + 1);
          append_escaped (out, exercise->steps[j]);
          g_string_append_c (out, '\n');
        }
      g_string_append_c (out, '\n');
      append_escaped (out, exercise->stop_if);
      g_string_append_c (out, '\n');
    }

  if (withheld->len == 0)
    return;

  heading (out, CALF_REPORT_SECTION_WITHHELD);
  for (guint i = 0; i < withheld->len; i++)
    {
      const CalfReportWithheld *entry = g_ptr_array_index (withheld, i);

      g_string_append (out, "- **");
      append_escaped (out, entry->name);
      g_string_append (out, ":** ");
      append_escaped (out, entry->reason);
      g_string_append_c (out, '\n');
    }
}

static void
add_answers (GString    *out,
             CalfReport *self)
{
  GPtrArray *answers = calf_report_get_answers (self);

  heading (out, CALF_REPORT_SECTION_ANSWERS);
  if (answers->len == 0)
    {
      append_escaped (out, calf_report_get_label (CALF_REPORT_LABEL_NONE_ANSWERED));
      g_string_append_c (out, '\n');
      return;
    }

  g_string_append (out, "| ");
  append_escaped (out, calf_report_get_label (CALF_REPORT_LABEL_QUESTION));
  g_string_append (out, " | ");
  append_escaped (out, calf_report_get_label (CALF_REPORT_LABEL_ANSWER));
  g_string_append (out, " |\n| --- | --- |\n");
  for (guint i = 0; i < answers->len; i++)
    {
      const CalfReportAnswer *answer = g_ptr_array_index (answers, i);

      g_string_append (out, "| ");
      append_escaped (out, answer->question);
      g_string_append (out, " | ");
      append_escaped (out, answer->answer);
      g_string_append (out, " |\n");
    }
}

char *
calf_report_render_markdown (CalfReport *self)
{
  g_autoptr(GString) out = g_string_new (NULL);
  GPtrArray *why, *notes, *changes, *safety, *references;

  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);

  g_string_append (out, "# ");
  append_escaped (out, calf_report_get_title (self));
  g_string_append (out, "\n\n");
  field (out, CALF_REPORT_LABEL_DATE, calf_report_get_date_text (self), TRUE);
  field (out, CALF_REPORT_LABEL_LEG, calf_report_get_leg_text (self), TRUE);
  field (out, CALF_REPORT_LABEL_REGION, calf_report_get_region_name (self),
         calf_report_get_person_text (self) != NULL);
  if (calf_report_get_person_text (self) != NULL)
    field (out, CALF_REPORT_LABEL_PERSON, calf_report_get_person_text (self), FALSE);

  heading (out, CALF_REPORT_SECTION_TRIAGE);
  g_string_append (out, "> **");
  append_escaped (out, calf_report_get_label (CALF_REPORT_LABEL_LEVEL));
  g_string_append (out, ": ");
  append_escaped (out, calf_report_get_triage_label (self));
  g_string_append (out, "**\n>\n> **");
  append_escaped (out, calf_report_get_triage_title (self));
  g_string_append (out, "**\n>\n> ");
  append_escaped (out, calf_report_get_triage_advice (self));
  g_string_append_c (out, '\n');
  why = calf_report_get_triage_why (self);
  if (why->len > 0)
    {
      g_string_append (out, "\n");
      append_escaped (out, calf_report_get_label (CALF_REPORT_LABEL_WHY));
      g_string_append (out, ":\n\n");
      bullet_list (out, why, "");
    }

  notes = calf_report_get_triage_notes (self);
  for (guint i = 0; i < notes->len; i++)
    {
      g_string_append_c (out, '\n');
      append_escaped (out, g_ptr_array_index (notes, i));
      g_string_append_c (out, '\n');
    }
  changes = calf_report_get_changes (self);
  if (changes->len > 0)
    {
      heading (out, CALF_REPORT_SECTION_COULD_CHANGE);
      append_escaped (out, calf_report_get_label (CALF_REPORT_LABEL_COULD_CHANGE));
      g_string_append (out, "\n\n");
      bullet_list (out, changes, "");
    }

  add_causes (out, self);
  add_exercises (out, self);

  safety = calf_report_get_safety (self);
  heading (out, CALF_REPORT_SECTION_SAFETY);
  for (guint i = 0; i < safety->len; i++)
    {
      const CalfReportSafety *entry = g_ptr_array_index (safety, i);

      g_string_append (out, "- **");
      append_escaped (out, entry->title);
      g_string_append (out, ":** ");
      append_escaped (out, entry->text);
      g_string_append_c (out, '\n');
    }

  add_answers (out, self);

  if (calf_report_get_progress_summary (self) != NULL)
    {
      GPtrArray *items = calf_report_get_progress_items (self);

      heading (out, CALF_REPORT_SECTION_PROGRESS);
      append_escaped (out, calf_report_get_progress_summary (self));
      g_string_append (out, "\n\n");
      for (guint i = 0; i < items->len; i++)
        {
          const CalfReportProgressItem *item = g_ptr_array_index (items, i);

          g_string_append (out, "- ");
          append_escaped (out, item->date);
          g_string_append (out, ": **");
          append_escaped (out, item->title);
          g_string_append (out, "**");
          if (*item->detail != '\0')
            {
              g_string_append (out, ". ");
              append_escaped (out, item->detail);
            }
          g_string_append_c (out, '\n');
        }
      g_string_append_c (out, '\n');
    }

  references = calf_report_get_references (self);
  if (references->len > 0)
    {
      heading (out, CALF_REPORT_SECTION_REFERENCES);
      for (guint i = 0; i < references->len; i++)
        {
          g_autofree char *text = calf_report_reference_to_string (g_ptr_array_index (references, i));

          g_string_append_printf (out, "%u. ", i + 1);
          append_escaped (out, text);
          g_string_append_c (out, '\n');
        }
    }

  heading (out, CALF_REPORT_SECTION_ABOUT);
  append_escaped (out, calf_report_get_statement (self));
  g_string_append (out, "\n\n");
  field (out, CALF_REPORT_LABEL_APP_VERSION, calf_report_get_app_version (self), TRUE);
  field (out, CALF_REPORT_LABEL_DATABASE_VERSION, calf_report_get_database_version (self), FALSE);

  return g_string_free (g_steal_pointer (&out), FALSE);
}
