/* calf-report-history.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-report"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "calf-report-history.h"
#include "calf-progress.h"
#include "calf-report-progress.h"
#include "calf-report-private.h"

/* The history as tables: each kind of entry is a table of plain strings,
 * built once, then written in the format asked for. */

typedef CalfHistoryTable Table;

static void
table_free (Table *table)
{
  g_free (table->title);
  g_strfreev (table->columns);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

static Table *
table_new (const char *title,
           ...)
{
  Table *table = g_new0 (Table, 1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *column;
  va_list args;

  table->title = g_strdup (title);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  va_start (args, title);
  while ((column = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (builder, column);
  va_end (args);
  table->columns = g_strv_builder_end (builder);
  return table;
}

/* "3 sets, 45 repetitions", each count with its own plural. */
static char *
sets_and_repetitions (guint sets,
                      guint repetitions)
{
  g_autofree char *sets_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set", "%u sets", sets), sets);
  g_autofree char *repetitions_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u repetition",
                                                                    "%u repetitions", repetitions),
                                                       repetitions);

  /* Translators: sets done, then repetitions done: "3 sets, 45 repetitions". */
  return g_strdup_printf (C_("sets and repetitions", "%s, %s"), sets_text, repetitions_text);
}

static char *
date_text (gint64 time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (time);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
  char *text;

  if (local == NULL)
    return g_strdup ("");
  /* Translators: the date and time of a history entry, in your language's
   * order (g_date_time_format() lists the codes). Prefer numbers: %b takes
   * the month's name from the system's locale. */
  text = g_date_time_format (local, C_("history date", "%-d %b %Y, %H:%M"));
  return text != NULL ? text : g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static char *
pain_text (int pain)
{
  /* Translators: a pain score, e.g. "4/10". */
  return pain == CALF_HISTORY_NO_PAIN ? g_strdup ("–") : g_strdup_printf (_("%d/10"), pain);
}

static char *
number_text (double value)
{
  return isnan (value) ? g_strdup ("–") : g_strdup_printf ("%g", value);
}

static const char *
side_text (CalfSide side)
{
  switch (side)
    {
    case CALF_SIDE_LEFT: return _("Left leg");
    case CALF_SIDE_RIGHT: return _("Right leg");
    case CALF_SIDE_BOTH: return _("Both legs");
    default: g_assert_not_reached ();
    }
}

/* The names of the causes an assessment listed, most likely first. */
static char *
causes_text (const CalfHistoryEntry *entry,
             CalfDatabase           *database)
{
  g_autoptr(JsonNode) root = calf_json_parse ("causes", entry->causes, strlen (entry->causes),
                                              &calf_json_limits_input, NULL);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;
  JsonArray *array = root != NULL && JSON_NODE_HOLDS_ARRAY (root) ? json_node_get_array (root) : NULL;

  for (guint i = 0; array != NULL && i < json_array_get_length (array) && i < 3; i++)
    {
      JsonObject *cause = json_array_get_object_element (array, i);
      const char *id = json_object_get_string_member_with_default (cause, "id", "");
      const CalfCondition *condition = database != NULL ? calf_database_lookup_condition (database, id) : NULL;

      g_strv_builder_add (names, condition != NULL ? condition->name : id);
    }
  list = g_strv_builder_end (names);
  return g_strjoinv ("; ", list);
}

char *
calf_report_history_date (gint64 time)
{
  return date_text (time);
}

void
calf_report_history_describe (const CalfHistoryEntry  *entry,
                              CalfDatabase            *database,
                              char                   **title,
                              char                   **detail)
{
  const CalfRegion *region;
  const CalfExercise *exercise;
  const CalfTriageInfo *triage;
  g_autofree char *causes = NULL;
  g_autofree char *during = NULL;
  g_autofree char *done = NULL;
  g_autofree char *morning = NULL;
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;

  g_return_if_fail (entry != NULL);
  g_return_if_fail (title != NULL && detail != NULL);

  switch (entry->kind)
    {
    case CALF_HISTORY_KIND_ASSESSMENT:
      region = database != NULL ? calf_database_lookup_region (database, entry->region) : NULL;
      triage = database != NULL ? calf_database_get_triage_info (database, entry->triage) : NULL;
      causes = causes_text (entry, database);
      /* Translators: where it hurt, e.g. "Achilles tendon, Left leg". */
      *title = g_strdup_printf (_("%s, %s"), region != NULL ? region->name : entry->region, side_text (entry->side));
      /* Translators: the advice, then the possible causes listed. */
      *detail = g_strdup_printf (_("%s. Possible causes: %s"),
                                 triage != NULL ? triage->title : calf_triage_level_to_string (entry->triage),
                                 /* Translators: put into "%s. Possible causes: %s" when no
                                  * possible cause was listed. */
                                 *causes != '\0' ? causes : _("none listed"));
      break;
    case CALF_HISTORY_KIND_SESSION:
      exercise = database != NULL ? calf_database_lookup_exercise (database, entry->exercise) : NULL;
      during = pain_text (entry->pain_during);
      morning = pain_text (entry->pain_next_morning);
      *title = g_strdup (exercise != NULL ? exercise->name : entry->exercise);
      done = sets_and_repetitions (entry->sets_done, entry->reps_done);
      /* Translators: %s is the sets and repetitions done ("3 sets, 45 repetitions"), %u the
       * minutes, then pain scores such as "4/10" or "–". */
      *detail = g_strdup_printf (_("%s, %u min. Pain %s during, %s the next morning"),
                                 done, (entry->duration + 59) / 60, during, morning);
      if (entry->note != NULL)
        {
          char *with_note = g_strdup_printf ("%s. %s", *detail, entry->note);

          g_free (*detail);
          *detail = with_note;
        }
      break;
    case CALF_HISTORY_KIND_SELFTEST:
      left = number_text (entry->left);
      right = number_text (entry->right);
      /* Translators: a self-test's name and unit, as a title in the history and above its
       * chart. */
      *title = g_strdup (entry->test == CALF_SELFTEST_KNEE_TO_WALL ? _("Knee to wall (cm)") : _("Heel raises (count)"));
      if (isnan (entry->threshold))
        /* Translators: the values of a self-test on each leg. */
        *detail = g_strdup_printf (_("Left %s, right %s"), left, right);
      else
        {
          g_autofree char *cut_off = number_text (entry->threshold);

          /* Translators: the values of a self-test on each leg, then the value below which it is flagged. */
          *detail = g_strdup_printf (_("Left %s, right %s; below %s is flagged"), left, right, cut_off);
        }
      break;
    case CALF_HISTORY_KIND_PAIN:
      during = pain_text (entry->pain);
      /* Translators: a daily pain score, e.g. "Pain 3/10". */
      *title = g_strdup_printf (_("Pain %s"), during);
      *detail = g_strdup (entry->note != NULL ? entry->note : "");
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
add_row (Table *table,
         ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  char *cell;
  va_list args;

  /* Every cell is a newly allocated string, taken. */
  va_start (args, table);
  for (guint i = 0; table->columns[i] != NULL; i++)
    {
      cell = va_arg (args, char *);
      g_strv_builder_add (builder, cell);
      g_free (cell);
    }
  va_end (args);
  g_ptr_array_add (table->rows, g_strv_builder_end (builder));
}

static void
fill_table (Table           *table,
            GPtrArray       *entries,
            CalfHistoryKind  kind,
            CalfDatabase    *database)
{
  for (guint i = 0; i < entries->len; i++)
    {
      const CalfHistoryEntry *entry = g_ptr_array_index (entries, i);
      const CalfRegion *region;
      const CalfExercise *exercise;
      const CalfTriageInfo *triage;

      switch (kind)
        {
        case CALF_HISTORY_KIND_ASSESSMENT:
          region = database != NULL ? calf_database_lookup_region (database, entry->region) : NULL;
          triage = database != NULL ? calf_database_get_triage_info (database, entry->triage) : NULL;
          add_row (table, date_text (entry->time),
                   g_strdup_printf ("%s, %s", region != NULL ? region->name : entry->region,
                                    side_text (entry->side)),
                   g_strdup (triage != NULL ? triage->title : calf_triage_level_to_string (entry->triage)),
                   causes_text (entry, database));
          break;
        case CALF_HISTORY_KIND_SESSION:
          exercise = database != NULL ? calf_database_lookup_exercise (database, entry->exercise) : NULL;
          add_row (table, date_text (entry->time),
                   g_strdup (exercise != NULL ? exercise->name : entry->exercise),
                   sets_and_repetitions (entry->sets_done, entry->reps_done),
                   /* Translators: a duration in minutes in the "Time" column of the exported
                    * history; "min" is short for minutes. */
                   g_strdup_printf (_("%u min"), (entry->duration + 59) / 60),
                   pain_text (entry->pain_during), pain_text (entry->pain_next_morning),
                   g_strdup (entry->note != NULL ? entry->note : ""));
          break;
        case CALF_HISTORY_KIND_SELFTEST:
          add_row (table, date_text (entry->time),
                   g_strdup (entry->test == CALF_SELFTEST_KNEE_TO_WALL ? _("Knee to wall (cm)")
                                                                       /* Translators: a
                                                                        * self-test's name and
                                                                        * unit (a number of heel
                                                                        * raises), as a title in
                                                                        * the history and above
                                                                        * its chart. */
                                                                       : _("Heel raises (count)")),
                   number_text (entry->left), number_text (entry->right), number_text (entry->threshold));
          break;
        case CALF_HISTORY_KIND_PAIN:
          add_row (table, date_text (entry->time), pain_text (entry->pain),
                   g_strdup (entry->note != NULL ? entry->note : ""));
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static Table *
build_table (CalfHistoryKind kind)
{
  switch (kind)
    {
    case CALF_HISTORY_KIND_ASSESSMENT:
      return table_new (_("Assessments"), _("Date"), _("Where it hurts"), _("What to do"), _("Possible causes"), NULL);
    case CALF_HISTORY_KIND_SESSION:
      return table_new (_("Exercise sessions"), _("Date"), _("Exercise"),
                        /* Translators: a column heading of the exported history: the sets and
                         * repetitions done, e.g. "3 sets, 45 repetitions". */
                        _("Done"),
                        /* Translators: a column heading of the exported history: how long the
                         * session took, e.g. "12 min". */
                        _("Time"),
                        /* Translators: column headings of the exported history: the pain score
                         * from 0 to 10 during the session, then the next morning. */
                        _("Pain during"), _("Pain next morning"),
                        /* Translators: a column heading of the exported history: the person's
                         * own short note. */
                        _("Note"), NULL);
    case CALF_HISTORY_KIND_SELFTEST:
      return table_new (_("Self-tests"), _("Date"),
                        /* Translators: a column heading of the exported history: which
                         * self-test, e.g. "Knee to wall (cm)". */
                        _("Test"),
                        /* Translators: a column heading of the exported history: the result of
                         * the left leg. */
                        _("Left"),
                        /* Translators: a column heading of the exported history: the result of
                         * the right leg. */
                        _("Right"),
                        /* Translators: "Cut-off" is the value below which a self-test is
                         * flagged. */
                        _("Cut-off"), NULL);
    case CALF_HISTORY_KIND_PAIN:
      return table_new (_("Pain diary"), _("Date"),
                        /* Translators: a column heading of the exported history: the pain score
                         * from 0 to 10. */
                        _("Pain"), _("Note"), NULL);
    default:
      g_assert_not_reached ();
    }
}

static void
write_text (GString   *out,
            const char *summary,
            GPtrArray *tables,
            gboolean   markdown)
{
  g_string_append_printf (out, markdown ? "# %s\n\n" : "%s\n\n", _("Calf Check: your history"));
  calf_report_wrap_text (out, summary, markdown ? 1000 : 72, "", "");

  for (guint t = 0; t < tables->len; t++)
    {
      Table *table = g_ptr_array_index (tables, t);

      g_string_append_printf (out, markdown ? "\n## %s\n\n" : "\n%s\n\n", table->title);
      if (table->rows->len == 0)
        {
          /* Translators: under a heading of the exported history when that list has no entries. */
          g_string_append_printf (out, "%s\n", _("None yet."));
          continue;
        }
      if (markdown)
        {
          g_autofree char *header = g_strjoinv (" | ", table->columns);

          g_string_append_printf (out, "| %s |\n|", header);
          for (guint c = 0; table->columns[c] != NULL; c++)
            g_string_append (out, " --- |");
          g_string_append_c (out, '\n');
        }
      for (guint r = 0; r < table->rows->len; r++)
        {
          GStrv row = g_ptr_array_index (table->rows, r);

          if (markdown)
            {
              g_string_append (out, "|");
              for (guint c = 0; row[c] != NULL; c++)
                {
                  g_autofree char *cell = g_strdup (row[c]);

                  g_strdelimit (cell, "|\n", ' ');
                  g_string_append_printf (out, " %s |", cell);
                }
              g_string_append_c (out, '\n');
            }
          else
            {
              for (guint c = 0; row[c] != NULL; c++)
                if (*row[c] != '\0')
                  g_string_append_printf (out, c == 0 ? "- %s: %s\n" : "    %s: %s\n", table->columns[c], row[c]);
            }
        }
    }
}

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

static void
write_html (GString    *out,
            const char *summary,
            GPtrArray  *tables)
{
  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  /* Translators: the language code of this translation, as used in HTML
   * (e.g. "de", "pt-BR"). */
  append_escaped (out, C_("html lang", "en"));
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
  append_escaped (out, _("Calf Check: your history"));
  g_string_append (out, "</title>\n</head>\n<body>\n<h1>");
  append_escaped (out, _("Calf Check: your history"));
  g_string_append (out, "</h1>\n<p>");
  append_escaped (out, summary);
  g_string_append (out, "</p>\n");

  for (guint t = 0; t < tables->len; t++)
    {
      Table *table = g_ptr_array_index (tables, t);

      g_string_append (out, "<section>\n<h2>");
      append_escaped (out, table->title);
      g_string_append (out, "</h2>\n");
      if (table->rows->len == 0)
        {
          g_string_append (out, "<p>");
          append_escaped (out, _("None yet."));
          g_string_append (out, "</p>\n</section>\n");
          continue;
        }
      g_string_append (out, "<table>\n<tr>");
      for (guint c = 0; table->columns[c] != NULL; c++)
        {
          g_string_append (out, "<th scope=\"col\">");
          append_escaped (out, table->columns[c]);
          g_string_append (out, "</th>");
        }
      g_string_append (out, "</tr>\n");
      for (guint r = 0; r < table->rows->len; r++)
        {
          GStrv row = g_ptr_array_index (table->rows, r);

          g_string_append (out, "<tr>");
          for (guint c = 0; row[c] != NULL; c++)
            {
              g_string_append (out, "<td>");
              append_escaped (out, row[c]);
              g_string_append (out, "</td>");
            }
          g_string_append (out, "</tr>\n");
        }
      g_string_append (out, "</table>\n</section>\n");
    }
  g_string_append (out, "</body>\n</html>\n");
}

/**
 * calf_history_document_new:
 * @history: the history
 * @database: (nullable): names of regions, exercises and triage levels
 * @error: a #GError, or %NULL
 *
 * The whole history as a document: a title, the summary the History page
 * shows, and a table per kind of entry, newest first.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
CalfHistoryDocument *
calf_history_document_new (CalfHistory   *history,
                           CalfDatabase  *database,
                           GError       **error)
{
  g_autoptr(CalfHistoryDocument) document = g_new0 (CalfHistoryDocument, 1);
  g_autoptr(GPtrArray) all = NULL;
  CalfProgress progress;

  g_return_val_if_fail (CALF_IS_HISTORY (history), NULL);
  g_return_val_if_fail (database == NULL || CALF_IS_DATABASE (database), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  document->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) table_free);
  document->title = g_strdup (_("Calf Check: your history"));
  all = calf_history_list_all (history, error);
  if (all == NULL)
    return NULL;
  calf_report_progress_compute (all, database, g_get_real_time () / G_USEC_PER_SEC, &progress);
  document->summary = calf_progress_describe (&progress);

  for (guint kind = 0; kind < CALF_HISTORY_N_KINDS; kind++)
    {
      g_autoptr(GPtrArray) entries = calf_history_list (history, kind, error);
      Table *table;

      if (entries == NULL)
        return NULL;
      table = build_table (kind);
      fill_table (table, entries, kind, database);
      g_ptr_array_add (document->tables, table);
    }

  return g_steal_pointer (&document);
}

void
calf_history_document_free (CalfHistoryDocument *document)
{
  if (document == NULL)
    return;
  g_free (document->title);
  g_free (document->summary);
  g_clear_pointer (&document->tables, g_ptr_array_unref);
  g_free (document);
}

/**
 * calf_report_history_render:
 * @history: the history
 * @database: (nullable): names of regions, exercises and triage levels
 * @format: any format but PDF (calf_render_history_pdf() writes that)
 * @error: a #GError, or %NULL
 *
 * Returns: (transfer full): the history in @format, or %NULL with @error set
 */
GBytes *
calf_report_history_render (CalfHistory      *history,
                            CalfDatabase     *database,
                            CalfReportFormat  format,
                            GError          **error)
{
  g_autoptr(CalfHistoryDocument) document = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (CALF_IS_HISTORY (history), NULL);
  g_return_val_if_fail (database == NULL || CALF_IS_DATABASE (database), NULL);
  g_return_val_if_fail (format != CALF_REPORT_FORMAT_PDF, NULL);

  if (format == CALF_REPORT_FORMAT_JSON)
    {
      char *json = calf_history_export (history, error);

      return json != NULL ? g_bytes_new_take (json, strlen (json)) : NULL;
    }

  document = calf_history_document_new (history, database, error);
  if (document == NULL)
    return NULL;

  if (format == CALF_REPORT_FORMAT_HTML)
    write_html (out, document->summary, document->tables);
  else
    write_text (out, document->summary, document->tables, format == CALF_REPORT_FORMAT_MARKDOWN);

  return g_string_free_to_bytes (g_steal_pointer (&out));
}
