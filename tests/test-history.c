/* test-history.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history (issue 15): every kind of entry in and out, entries that
 * are refused, export and import (hostile files too), and the progress
 * summary. The file itself: test-history-files.c.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "calf-progress.h"
#include "calf-render.h"
#include "calf-report-history.h"
#include "history-test-utils.h"

static void
test_entries (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(CalfHistory) history = open_ok (fixture->path);
  g_autoptr(CalfHistoryEntry) a1 = assessment_entry (T0);
  g_autoptr(CalfHistoryEntry) a2 = assessment_entry (T0 + 7 * DAY);
  g_autoptr(CalfHistoryEntry) s1 = session_entry (4, 3, T0 + DAY);
  g_autoptr(CalfHistoryEntry) t1 = selftest_entry (T0 + 2 * DAY);
  g_autoptr(CalfHistoryEntry) p1 = pain_entry (6, T0 + 3 * DAY, "Stiff in the morning");
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  const CalfHistoryEntry *got;

  add_ok (history, a1);
  add_ok (history, a2);
  add_ok (history, s1);
  add_ok (history, t1);
  add_ok (history, p1);

  /* Newest first. */
  assessments = calf_history_list (history, CALF_HISTORY_KIND_ASSESSMENT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assessments->len, ==, 2);
  got = g_ptr_array_index (assessments, 0);
  g_assert_cmpint (got->id, ==, a2->id);
  g_assert_cmpstr (got->uuid, ==, a2->uuid);
  g_assert_cmpstr (got->region, ==, "achilles");
  g_assert_cmpint (got->triage, ==, CALF_TRIAGE_SOON);
  g_assert_cmpstr (got->causes, ==, a2->causes);

  sessions = calf_history_list (history, CALF_HISTORY_KIND_SESSION, &error);
  g_assert_no_error (error);
  got = g_ptr_array_index (sessions, 0);
  g_assert_cmpint (got->pain_during, ==, 4);
  g_assert_cmpint (got->pain_next_morning, ==, 3);
  g_assert_cmpuint (got->reps_done, ==, 45);

  /* Every kind, oldest first. */
  all = calf_history_list_all (history, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 5);
  g_assert_cmpint (((CalfHistoryEntry *) g_ptr_array_index (all, 0))->id, ==, a1->id);
  got = g_ptr_array_index (all, 3);
  g_assert_cmpint (got->kind, ==, CALF_HISTORY_KIND_PAIN);
  g_assert_cmpstr (got->note, ==, "Stiff in the morning");
  got = g_ptr_array_index (all, 2);
  g_assert_cmpint (got->kind, ==, CALF_HISTORY_KIND_SELFTEST);
  g_assert_cmpfloat (got->left, ==, 11.5);
  g_assert_cmpfloat (got->threshold, ==, 10);

  /* The next morning's pain, later. */
  g_assert_true (calf_history_set_next_morning_pain (history, s1->id, 2, &error));
  g_assert_no_error (error);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = calf_history_list (history, CALF_HISTORY_KIND_SESSION, &error);
  g_assert_cmpint (((CalfHistoryEntry *) g_ptr_array_index (sessions, 0))->pain_next_morning, ==, 2);
  g_assert_false (calf_history_set_next_morning_pain (history, s1->id, 11, &error));
  g_assert_error (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_INVALID);
  g_clear_error (&error);

  /* One, then the rest. */
  g_assert_true (calf_history_remove (history, CALF_HISTORY_KIND_ASSESSMENT, a1->id, &error));
  g_assert_no_error (error);
  g_assert_false (calf_history_remove (history, CALF_HISTORY_KIND_ASSESSMENT, a1->id, &error));
  g_assert_error (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (calf_history_clear (history, &error));
  g_assert_no_error (error);
  g_clear_pointer (&all, g_ptr_array_unref);
  all = calf_history_list_all (history, &error);
  g_assert_cmpuint (all->len, ==, 0);
}

static void
assert_refused (CalfHistory      *history,
                CalfHistoryEntry *entry)
{
  g_autoptr(CalfHistoryEntry) owned G_GNUC_UNUSED = entry;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;

  g_assert_false (calf_history_add (history, entry, &error));
  g_assert_error (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_INVALID);
  g_assert_cmpint (entry->id, ==, 0);
  all = calf_history_list_all (history, NULL);
  g_assert_cmpuint (all->len, ==, 0);
}

static void
test_invalid_entries (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(CalfHistory) history = open_ok (fixture->path);
  CalfHistoryEntry *entry;

  assert_refused (history, pain_entry (11, 0, NULL));
  assert_refused (history, pain_entry (-1, 0, NULL));
  assert_refused (history, pain_entry (3, G_GINT64_CONSTANT (100), NULL));
  assert_refused (history, pain_entry (3, g_get_real_time () / G_USEC_PER_SEC + 30 * DAY, NULL));

  entry = pain_entry (3, 0, NULL);
  entry->uuid = g_strdup ("not-a-uuid");
  assert_refused (history, entry);

  entry = pain_entry (3, 0, NULL);
  entry->note = g_strnfill (CALF_HISTORY_MAX_NOTE_CHARS + 1, 'a');
  assert_refused (history, entry);

  entry = session_entry (12, CALF_HISTORY_NO_PAIN, 0);
  assert_refused (history, entry);
  entry = session_entry (3, 3, 0);
  g_free (entry->exercise);
  entry->exercise = g_strdup ("Heel Drop; DROP TABLE sessions");
  assert_refused (history, entry);

  entry = assessment_entry (0);
  g_free (entry->causes);
  entry->causes = g_strdup ("{\"id\": \"x\"}");
  assert_refused (history, entry);
  entry = assessment_entry (0);
  g_free (entry->answers);
  entry->answers = g_strdup ("{\"region\": ");
  assert_refused (history, entry);

  entry = selftest_entry (0);
  entry->left = NAN;
  assert_refused (history, entry);
}

static void
test_export_import (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CalfHistory) history = open_ok (fixture->path);
  g_autofree char *other_path = g_build_filename (fixture->folder, "other", "history.db", NULL);
  g_autoptr(CalfHistory) other = open_ok (other_path);
  g_autoptr(CalfHistoryEntry) a = assessment_entry (T0);
  g_autoptr(CalfHistoryEntry) s = session_entry (4, CALF_HISTORY_NO_PAIN, T0 + DAY);
  g_autoptr(CalfHistoryEntry) t = selftest_entry (T0 + 2 * DAY);
  g_autoptr(CalfHistoryEntry) p = pain_entry (5, T0 + 3 * DAY, "Better after the walk “Ünïcødé”");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;
  g_autofree char *copy = NULL;
  guint added = 99, skipped = 99;

  add_ok (history, a);
  add_ok (history, s);
  add_ok (history, t);
  add_ok (history, p);

  json = calf_history_export (history, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new (json, strlen (json));

  g_assert_true (calf_history_import (other, "export.json", bytes, &added, &skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 4);
  g_assert_cmpuint (skipped, ==, 0);

  /* The same entries, so the same document but for the time of export. */
  copy = calf_history_export (other, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (strstr (copy, "\"entries\""), ==, strstr (json, "\"entries\""));

  /* Again: nothing twice. */
  g_assert_true (calf_history_import (other, "export.json", bytes, &added, &skipped, &error));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (skipped, ==, 4);
  again = calf_history_export (other, &error);
  g_assert_cmpstr (strstr (again, "\"entries\""), ==, strstr (json, "\"entries\""));
}

/* Hostile and broken files: each refused with a message, nothing added. */
static void
test_import_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  static const struct {
    const char *text;
    const char *message;
  } cases[] = {
    { "", "empty" },
    { "not json", "" },
    { "[]", "expected" },
    { "{\"format\": \"calf-check-history\", \"version\": 1}", "entries" },
    { "{\"format\": \"something-else\", \"version\": 1, \"entries\": []}", "not a Calf Check history" },
    { "{\"format\": \"calf-check-history\", \"version\": 2, \"entries\": []}", "format 2" },
    { "{\"format\": \"calf-check-history\", \"version\": 1, \"entries\": [], \"extra\": 1}", "extra" },
    { "{\"format\": \"calf-check-history\", \"version\": 1, \"entries\": {}}", "entries" },
    { "{\"format\": \"calf-check-history\", \"format\": \"x\", \"version\": 1, \"entries\": []}", "" },
    /* A good entry, then a bad one: all or none. */
    { "{\"format\": \"calf-check-history\", \"version\": 1, \"entries\": ["
      "{\"kind\": \"pain\", \"uuid\": \"0b3f0f5e-8a4e-4f0b-9d53-2f6a7f1d2c11\", \"time\": \"2026-11-01T08:00:00Z\", \"pain\": 3},"
      "{\"kind\": \"pain\", \"uuid\": \"1b3f0f5e-8a4e-4f0b-9d53-2f6a7f1d2c11\", \"time\": \"2026-11-02T08:00:00Z\", \"pain\": 11}]}",
      "entries[1].pain" },
    { "{\"format\": \"calf-check-history\", \"version\": 1, \"entries\": ["
      "{\"kind\": \"pain\", \"uuid\": \"x\", \"time\": \"2026-11-01T08:00:00Z\", \"pain\": 3}]}", "UUID" },
    { "{\"format\": \"calf-check-history\", \"version\": 1, \"entries\": ["
      "{\"kind\": \"pain\", \"uuid\": \"0b3f0f5e-8a4e-4f0b-9d53-2f6a7f1d2c11\", \"time\": \"yesterday\", \"pain\": 3}]}",
      "date and time" },
    { "{\"format\": \"calf-check-history\", \"version\": 1, \"entries\": ["
      "{\"kind\": \"party\", \"uuid\": \"0b3f0f5e-8a4e-4f0b-9d53-2f6a7f1d2c11\", \"time\": \"2026-11-01T08:00:00Z\"}]}",
      "kind" },
    { "{\"format\": \"calf-check-history\", \"version\": 1, \"entries\": ["
      "{\"kind\": \"session\", \"uuid\": \"0b3f0f5e-8a4e-4f0b-9d53-2f6a7f1d2c11\", \"time\": \"2026-11-01T08:00:00Z\","
      " \"exercise\": \"heel-drop\", \"sets_done\": 3, \"reps_done\": 45, \"duration\": 600, \"pain_during\": 4.5}]}",
      "pain_during" },
    { "{\"format\": \"calf-check-history\", \"version\": 1, \"entries\": ["
      "{\"kind\": \"assessment\", \"uuid\": \"0b3f0f5e-8a4e-4f0b-9d53-2f6a7f1d2c11\", \"time\": \"2026-11-01T08:00:00Z\","
      " \"region\": \"achilles\", \"side\": \"middle\", \"triage\": \"soon\", \"database_version\": \"1\","
      " \"answers\": {}, \"causes\": []}]}",
      "side" },
  };
  g_autoptr(CalfHistory) history = open_ok (fixture->path);
  g_autoptr(GString) deep = g_string_new ("{\"format\": \"calf-check-history\", \"version\": 1, \"entries\": [");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].text, strlen (cases[i].text));
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) all = NULL;
      guint added = 0;

      g_test_message ("case %u: %s", i, cases[i].text);
      g_assert_false (calf_history_import (history, "import.json", bytes, &added, NULL, &error));
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "import.json"));
      g_assert_nonnull (strstr (error->message, cases[i].message));
      all = calf_history_list_all (history, NULL);
      g_assert_cmpuint (all->len, ==, 0);
    }

  /* Deeper than the reader allows. */
  for (guint i = 0; i < 100; i++)
    g_string_append_c (deep, '[');
  {
    g_autoptr(GBytes) bytes = g_bytes_new (deep->str, deep->len);
    g_autoptr(GError) error = NULL;

    g_assert_false (calf_history_import (history, "deep.json", bytes, NULL, NULL, &error));
    g_assert_nonnull (error);
  }
}

static void
test_progress (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) calf_history_entry_free);
  g_autoptr(CalfHistoryEntry) fine = session_entry (5, 3, T0);
  g_autoptr(CalfHistoryEntry) hurt = session_entry (6, 2, T0);
  g_autoptr(CalfHistoryEntry) morning = session_entry (3, 4, T0);
  g_autofree char *text = NULL;
  CalfProgress progress;

  /* The rule: up to 5 during, settled by the next morning. */
  g_assert_false (calf_progress_session_breaks_rule (fine, 3));
  g_assert_true (calf_progress_session_breaks_rule (hurt, 3));
  g_assert_true (calf_progress_session_breaks_rule (morning, 3));
  g_assert_false (calf_progress_session_breaks_rule (morning, 4));
  g_assert_false (calf_progress_session_breaks_rule (morning, CALF_HISTORY_NO_PAIN));

  g_ptr_array_add (entries, pain_entry (6, T0, NULL));
  g_ptr_array_add (entries, session_entry (5, 4, T0 + DAY));
  g_ptr_array_add (entries, pain_entry (3, T0 + 28 * DAY, NULL));
  calf_progress_compute (entries, &progress);
  g_assert_true (progress.has_pain);
  g_assert_cmpint (progress.first_pain, ==, 6);
  g_assert_cmpint (progress.last_pain, ==, 3);
  g_assert_cmpuint (progress.n_sessions, ==, 1);
  g_assert_false (progress.ease_the_load);
  text = calf_progress_describe (&progress);
  g_assert_cmpstr (text, ==, "Pain went from 6 to 3 over 4 weeks. 1 exercise session done.");
  g_clear_pointer (&text, g_free);

  /* Twice in a row over the limit: ease the load. Once is not enough. */
  g_ptr_array_add (entries, session_entry (7, 3, T0 + 29 * DAY));
  calf_progress_compute (entries, &progress);
  g_assert_false (progress.ease_the_load);
  g_ptr_array_add (entries, session_entry (4, 6, T0 + 30 * DAY));
  calf_progress_compute (entries, &progress);
  g_assert_true (progress.ease_the_load);
  text = calf_progress_describe (&progress);
  g_assert_nonnull (strstr (text, "ease the load"));

  /* A good session in between resets it. */
  g_ptr_array_add (entries, session_entry (2, 2, T0 + 31 * DAY));
  calf_progress_compute (entries, &progress);
  g_assert_false (progress.ease_the_load);
}

/* "14 of 18 planned sessions done": a plan's sittings so far, as many days
 * a week and times a day as its busiest exercise, for its longest; the
 * exercises done together count once. */
static void
test_progress_plan (void)
{
  static const CalfExercise drop = { .id = "drop", .dose = { .sets = 3, .reps = 15, .times_per_day = 2,
                                                              .days_per_week = 7, .weeks = 12 } };
  static const CalfExercise hold = { .id = "hold", .dose = { .sets = 5, .hold_seconds = 45, .times_per_day = 1,
                                                              .days_per_week = 3, .weeks = 6 } };
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) calf_history_entry_free);
  g_autoptr(GPtrArray) plan = g_ptr_array_new ();
  g_autofree char *text = NULL;
  CalfProgress progress;

  g_ptr_array_add (plan, (gpointer) &hold);
  /* Before the plan, not counted; two exercises an hour apart, one sitting;
   * the same evening, another. */
  g_ptr_array_add (entries, session_entry (2, 2, T0 - DAY));
  g_ptr_array_add (entries, session_entry (2, 2, T0 + DAY));
  g_ptr_array_add (entries, session_entry (2, 2, T0 + DAY + 60 * 60));
  g_ptr_array_add (entries, session_entry (2, 2, T0 + DAY + 9 * 60 * 60));
  g_ptr_array_add (entries, session_entry (2, 2, T0 + 2 * DAY));

  calf_progress_compute (entries, &progress);
  calf_progress_set_plan (&progress, entries, T0, plan, T0 + 14 * DAY);
  g_assert_cmpuint (progress.n_planned, ==, 6);   /* 3 days a week, once a day, 2 weeks */
  g_assert_cmpuint (progress.n_done_of_plan, ==, 3);

  g_ptr_array_add (plan, (gpointer) &drop);
  calf_progress_set_plan (&progress, entries, T0, plan, T0 + 9 * DAY + 60);
  g_assert_cmpuint (progress.n_planned, ==, 18);  /* every day, twice, 9 days */
  text = calf_progress_describe (&progress);
  g_assert_cmpstr (text, ==, "Pain went from 2 to 2 over 3 days. 3 of 18 planned exercise sessions done.");
  g_clear_pointer (&text, g_free);

  /* Past its weeks, the plan asks for no more. */
  calf_progress_set_plan (&progress, entries, T0, plan, T0 + 200 * DAY);
  g_assert_cmpuint (progress.n_planned, ==, 12 * 7 * 2);

  /* Before it starts, nothing planned: the summary counts sessions. */
  calf_progress_set_plan (&progress, entries, T0, plan, T0 - 2 * DAY);
  g_assert_cmpuint (progress.n_planned, ==, 0);
  text = calf_progress_describe (&progress);
  g_assert_cmpstr (text, ==, "Pain went from 2 to 2 over 3 days. 5 exercise sessions done.");
}

/* A report carries the history's Progress section in every text format,
 * and has none without a history. */
static void
test_report_progress (Fixture       *fixture,
                      gconstpointer  data)
{
  static const CalfReportFormat formats[] = {
    CALF_REPORT_FORMAT_TEXT, CALF_REPORT_FORMAT_MARKDOWN, CALF_REPORT_FORMAT_HTML, CALF_REPORT_FORMAT_JSON,
  };
  g_autoptr(CalfHistory) history = open_ok (fixture->path);
  g_autoptr(CalfDatabase) database = calf_database_new_default (NULL);
  g_autoptr(CalfEngine) engine = calf_engine_new (database);
  g_autoptr(CalfAnswers) answers = NULL;
  g_autoptr(CalfResult) result = NULL;
  g_autoptr(CalfReport) report = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  gint64 today = g_get_real_time () / G_USEC_PER_SEC;

  answers = calf_answers_new_from_json (database, "answers", "{\"region\": \"achilles\", \"side\": \"left\"}",
                                        -1, NULL);
  g_assert_nonnull (answers);
  result = calf_engine_evaluate (engine, answers);

  /* Nothing kept: no section. */
  report = calf_report_new (result, answers, now);
  calf_report_add_progress (report, history, database);
  g_assert_null (calf_report_get_progress_summary (report));
  g_clear_object (&report);

  {
    g_autoptr(CalfHistoryEntry) old = pain_entry (6, today - 200 * DAY, "Too old for the report");
    g_autoptr(CalfHistoryEntry) pain = pain_entry (5, today - 20 * DAY, "Stiff");
    g_autoptr(CalfHistoryEntry) session = session_entry (4, 3, today - 10 * DAY);
    g_autoptr(CalfHistoryEntry) later = pain_entry (2, today - DAY, NULL);

    add_ok (history, old);
    add_ok (history, pain);
    add_ok (history, session);
    add_ok (history, later);
  }

  report = calf_report_new (result, answers, now);
  calf_report_add_progress (report, history, database);
  g_assert_nonnull (calf_report_get_progress_summary (report));
  /* The last twelve weeks only. */
  g_assert_cmpuint (calf_report_get_progress_items (report)->len, ==, 3);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = calf_render_report (report, formats[i], &error);
      g_autofree char *out = NULL;

      g_assert_no_error (error);
      out = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_test_message ("format %u", formats[i]);
      g_assert_nonnull (strstr (out, formats[i] == CALF_REPORT_FORMAT_JSON ? "\"progress\"" : "Progress"));
      g_assert_nonnull (strstr (out, "Stiff"));
      g_assert_nonnull (strstr (out, "Eccentric heel drop with the knee bent"));
      g_assert_null (strstr (out, "Too old for the report"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/history/entries", test_entries);
  ADD ("/history/invalid-entries", test_invalid_entries);
  ADD ("/history/export-import", test_export_import);
  ADD ("/history/import-refused", test_import_refused);
  ADD ("/history/report-progress", test_report_progress);
#undef ADD
  g_test_add_func ("/history/progress", test_progress);
  g_test_add_func ("/history/progress-plan", test_progress_plan);

  return g_test_run ();
}
