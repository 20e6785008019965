/* calf-report-text.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "calf-report-private.h"

/* Plain text for e-mail and terminals: every line at most 72 columns
 * (a word longer than that, such as a web address, gets a line of its
 * own), headings underlined, lists indented with hanging indents. */

#define TEXT_WIDTH 72

static guint
text_columns (const char *text,
              gssize      length)
{
  const char *end = length < 0 ? text + strlen (text) : text + length;
  guint columns = 0;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      columns += g_unichar_iswide (c) ? 2 : 1;
    }
  return columns;
}

void
calf_report_wrap_text (GString    *out,
                       const char *text,
                       guint       width,
                       const char *first_indent,
                       const char *indent)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);
  guint column;
  gboolean line_empty = TRUE;

  g_string_append (out, first_indent);
  column = text_columns (first_indent, -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      guint word_columns;

      if (words[i][0] == '\0')
        continue;

      word_columns = text_columns (words[i], -1);
      if (!line_empty && column + 1 + word_columns > width)
        {
          g_string_append_c (out, '\n');
          g_string_append (out, indent);
          column = text_columns (indent, -1);
          line_empty = TRUE;
        }
      if (!line_empty)
        {
          g_string_append_c (out, ' ');
          column++;
        }
      g_string_append (out, words[i]);
      column += word_columns;
      line_empty = FALSE;
    }
  g_string_append_c (out, '\n');
}

static void
underline (GString    *out,
           const char *text,
           char        c)
{
  guint columns = MIN (text_columns (text, -1), TEXT_WIDTH);

  calf_report_wrap_text (out, text, TEXT_WIDTH, "", "");
  for (guint i = 0; i < columns; i++)
    g_string_append_c (out, c);
  g_string_append_c (out, '\n');
}

static void
heading (GString           *out,
         CalfReportSection  section)
{
  g_string_append_c (out, '\n');
  underline (out, calf_report_get_section_title (section), '-');
  g_string_append_c (out, '\n');
}

static void
labelled (GString         *out,
          CalfReportLabel  label,
          const char      *value,
          const char      *indent)
{
  /* Translators: a label and its value in a text report, "Dose: …". */
  g_autofree char *line = g_strdup_printf (C_("label: value", "%s: %s"),
                                           calf_report_get_label (label), value);
  g_autofree char *first = g_strdup (indent);
  g_autofree char *rest = g_strconcat (indent, "  ", NULL);

  calf_report_wrap_text (out, line, TEXT_WIDTH, first, rest);
}

static char *
join (GPtrArray *items)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        /* Translators: separates items of a list written on one line. */
        g_string_append (text, C_("list separator", "; "));
      g_string_append (text, g_ptr_array_index (items, i));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
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
      g_autofree char *number = g_strdup_printf ("%u. ", i + 1);
      /* Translators: a possible cause and its likelihood, "Achilles tendinopathy — Strong match". */
      g_autofree char *title = g_strdup_printf (C_("cause and likelihood", "%s — %s"),
                                                cause->name, cause->likelihood);

      if (i > 0)
        g_string_append_c (out, '\n');
      calf_report_wrap_text (out, title, TEXT_WIDTH, number, "   ");
      calf_report_wrap_text (out, cause->summary, TEXT_WIDTH, "   ", "   ");
      if (cause->towards->len > 0)
        {
          g_autofree char *list = join (cause->towards);
          labelled (out, CALF_REPORT_LABEL_POINTS_TOWARDS, list, "   ");
        }
      if (cause->away->len > 0)
        {
          g_autofree char *list = join (cause->away);
          labelled (out, CALF_REPORT_LABEL_POINTS_AWAY, list, "   ");
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
    calf_report_wrap_text (out, calf_report_get_label (CALF_REPORT_LABEL_NO_EXERCISES),
                           TEXT_WIDTH, "", "");

  for (guint i = 0; i < exercises->len; i++)
    {
      const CalfReportExercise *exercise = g_ptr_array_index (exercises, i);
      g_autofree char *number = g_strdup_printf ("%u. ", i + 1);

      if (i > 0)
        g_string_append_c (out, '\n');
      calf_report_wrap_text (out, exercise->name, TEXT_WIDTH, number, "   ");
      labelled (out, CALF_REPORT_LABEL_DOSE, exercise->dose, "   ");
      calf_report_wrap_text (out, exercise->purpose, TEXT_WIDTH, "   ", "   ");
      for (guint j = 0; exercise->steps[j] != NULL; j++)
        {
          g_autofree char *step = g_strdup_printf ("   %c) ", 'a' + (int) MIN (j, 25));
          calf_report_wrap_text (out, exercise->steps[j], TEXT_WIDTH, step, "      ");
        }
      calf_report_wrap_text (out, exercise->stop_if, TEXT_WIDTH, "   ", "   ");
    }

  if (withheld->len == 0)
    return;

  heading (out, CALF_REPORT_SECTION_WITHHELD);
  for (guint i = 0; i < withheld->len; i++)
    {
      const CalfReportWithheld *entry = g_ptr_array_index (withheld, i);

      calf_report_wrap_text (out, entry->name, TEXT_WIDTH, "- ", "  ");
      calf_report_wrap_text (out, entry->reason, TEXT_WIDTH, "  ", "  ");
    }
}

char *
calf_report_render_text (CalfReport *self)
{
  g_autoptr(GString) out = g_string_new (NULL);
  GPtrArray *why, *notes, *changes, *safety, *answers, *references;

  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);

  underline (out, calf_report_get_title (self), '=');
  g_string_append_c (out, '\n');
  labelled (out, CALF_REPORT_LABEL_DATE, calf_report_get_date_text (self), "");
  labelled (out, CALF_REPORT_LABEL_LEG, calf_report_get_leg_text (self), "");
  labelled (out, CALF_REPORT_LABEL_REGION, calf_report_get_region_name (self), "");
  if (calf_report_get_person_text (self) != NULL)
    labelled (out, CALF_REPORT_LABEL_PERSON, calf_report_get_person_text (self), "");

  heading (out, CALF_REPORT_SECTION_TRIAGE);
  labelled (out, CALF_REPORT_LABEL_LEVEL, calf_report_get_triage_label (self), "");
  g_string_append_c (out, '\n');
  calf_report_wrap_text (out, calf_report_get_triage_title (self), TEXT_WIDTH, "", "");
  calf_report_wrap_text (out, calf_report_get_triage_advice (self), TEXT_WIDTH, "", "");
  why = calf_report_get_triage_why (self);
  if (why->len > 0)
    {
      g_string_append_c (out, '\n');
      g_string_append_printf (out, "%s:\n", calf_report_get_label (CALF_REPORT_LABEL_WHY));
      for (guint i = 0; i < why->len; i++)
        calf_report_wrap_text (out, g_ptr_array_index (why, i), TEXT_WIDTH, "- ", "  ");
    }

  notes = calf_report_get_triage_notes (self);
  for (guint i = 0; i < notes->len; i++)
    {
      g_string_append_c (out, '\n');
      calf_report_wrap_text (out, g_ptr_array_index (notes, i), TEXT_WIDTH, "", "");
    }
  changes = calf_report_get_changes (self);
  if (changes->len > 0)
    {
      heading (out, CALF_REPORT_SECTION_COULD_CHANGE);
      calf_report_wrap_text (out, calf_report_get_label (CALF_REPORT_LABEL_COULD_CHANGE), TEXT_WIDTH, "", "");
      for (guint i = 0; i < changes->len; i++)
        calf_report_wrap_text (out, g_ptr_array_index (changes, i), TEXT_WIDTH, "- ", "  ");
    }

  add_causes (out, self);
  add_exercises (out, self);

  safety = calf_report_get_safety (self);
  heading (out, CALF_REPORT_SECTION_SAFETY);
  for (guint i = 0; i < safety->len; i++)
    {
      const CalfReportSafety *entry = g_ptr_array_index (safety, i);

      calf_report_wrap_text (out, entry->title, TEXT_WIDTH, "- ", "  ");
      calf_report_wrap_text (out, entry->text, TEXT_WIDTH, "  ", "  ");
    }

  answers = calf_report_get_answers (self);
  heading (out, CALF_REPORT_SECTION_ANSWERS);
  if (answers->len == 0)
    calf_report_wrap_text (out, calf_report_get_label (CALF_REPORT_LABEL_NONE_ANSWERED),
                           TEXT_WIDTH, "", "");
  for (guint i = 0; i < answers->len; i++)
    {
      const CalfReportAnswer *answer = g_ptr_array_index (answers, i);

      calf_report_wrap_text (out, answer->question, TEXT_WIDTH, "- ", "  ");
      labelled (out, CALF_REPORT_LABEL_ANSWER, answer->answer, "  ");
    }

  if (calf_report_get_progress_summary (self) != NULL)
    {
      GPtrArray *items = calf_report_get_progress_items (self);

      heading (out, CALF_REPORT_SECTION_PROGRESS);
      calf_report_wrap_text (out, calf_report_get_progress_summary (self), TEXT_WIDTH, "", "");
      for (guint i = 0; i < items->len; i++)
        {
          const CalfReportProgressItem *item = g_ptr_array_index (items, i);
          g_autofree char *line = g_strdup_printf ("%s: %s", item->date, item->title);

          calf_report_wrap_text (out, line, TEXT_WIDTH, "- ", "  ");
          if (*item->detail != '\0')
            calf_report_wrap_text (out, item->detail, TEXT_WIDTH, "  ", "  ");
        }
    }

  references = calf_report_get_references (self);
  if (references->len > 0)
    {
      heading (out, CALF_REPORT_SECTION_REFERENCES);
      for (guint i = 0; i < references->len; i++)
        {
          g_autofree char *text = calf_report_reference_to_string (g_ptr_array_index (references, i));
          g_autofree char *number = g_strdup_printf ("[%u] ", i + 1);
          g_autofree char *indent = g_strnfill (strlen (number), ' ');

          calf_report_wrap_text (out, text, TEXT_WIDTH, number, indent);
        }
    }

  heading (out, CALF_REPORT_SECTION_ABOUT);
  calf_report_wrap_text (out, calf_report_get_statement (self), TEXT_WIDTH, "", "");
  g_string_append_c (out, '\n');
  labelled (out, CALF_REPORT_LABEL_APP_VERSION, calf_report_get_app_version (self), "");
  labelled (out, CALF_REPORT_LABEL_DATABASE_VERSION, calf_report_get_database_version (self), "");

  return g_string_free (g_steal_pointer (&out), FALSE);
}
