/* calf-history-store.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-history"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "calf-history-private.h"

/* Entries in and out of the tables. */

static const char * const tables[CALF_HISTORY_N_KINDS] = {
  "assessments", "sessions", "self_tests", "pain_entries",
};

/* The columns after id, in the order bind_entry() and read_entry() use. */
static const char * const columns[CALF_HISTORY_N_KINDS] = {
  "uuid, time, note, region, side, triage, database_version, answers, causes",
  "uuid, time, note, exercise, sets_done, reps_done, duration, pain_during, pain_next_morning",
  "uuid, time, note, test, side, left_value, right_value, threshold",
  "uuid, time, note, pain",
};

static const guint n_columns[CALF_HISTORY_N_KINDS] = { 9, 9, 8, 4 };

static void
bind_text (sqlite3_stmt *stmt,
           int           column,
           const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, column);
}

static void
bind_pain (sqlite3_stmt *stmt,
           int           column,
           int           pain)
{
  if (pain != CALF_HISTORY_NO_PAIN)
    sqlite3_bind_int (stmt, column, pain);
  else
    sqlite3_bind_null (stmt, column);
}

static void
bind_entry (sqlite3_stmt           *stmt,
            const CalfHistoryEntry *entry)
{
  bind_text (stmt, 1, entry->uuid);
  sqlite3_bind_int64 (stmt, 2, entry->time);
  bind_text (stmt, 3, entry->note);

  switch (entry->kind)
    {
    case CALF_HISTORY_KIND_ASSESSMENT:
      bind_text (stmt, 4, entry->region);
      bind_text (stmt, 5, calf_side_to_string (entry->side));
      bind_text (stmt, 6, calf_triage_level_to_string (entry->triage));
      bind_text (stmt, 7, entry->database_version);
      bind_text (stmt, 8, entry->answers);
      bind_text (stmt, 9, entry->causes);
      break;
    case CALF_HISTORY_KIND_SESSION:
      bind_text (stmt, 4, entry->exercise);
      sqlite3_bind_int (stmt, 5, entry->sets_done);
      sqlite3_bind_int (stmt, 6, entry->reps_done);
      sqlite3_bind_int (stmt, 7, entry->duration);
      bind_pain (stmt, 8, entry->pain_during);
      bind_pain (stmt, 9, entry->pain_next_morning);
      break;
    case CALF_HISTORY_KIND_SELFTEST:
      bind_text (stmt, 4, calf_selftest_kind_to_string (entry->test));
      bind_text (stmt, 5, calf_side_to_string (entry->side));
      sqlite3_bind_double (stmt, 6, entry->left);
      sqlite3_bind_double (stmt, 7, entry->right);
      if (isnan (entry->threshold))
        sqlite3_bind_null (stmt, 8);
      else
        sqlite3_bind_double (stmt, 8, entry->threshold);
      break;
    case CALF_HISTORY_KIND_PAIN:
      sqlite3_bind_int (stmt, 4, entry->pain);
      break;
    default:
      g_assert_not_reached ();
    }
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static int
column_pain (sqlite3_stmt *stmt,
             int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? CALF_HISTORY_NO_PAIN
                                                           : sqlite3_column_int (stmt, column);
}

/* Column 0 is the id. FALSE when a value is not one the schema allows
 * (a file changed by hand). */
static CalfHistoryEntry *
read_entry (sqlite3_stmt    *stmt,
            CalfHistoryKind  kind)
{
  g_autoptr(CalfHistoryEntry) entry = calf_history_entry_new (kind);
  gboolean ok = TRUE;

  entry->id = sqlite3_column_int64 (stmt, 0);
  entry->uuid = column_text (stmt, 1);
  entry->time = sqlite3_column_int64 (stmt, 2);
  entry->note = column_text (stmt, 3);

  switch (kind)
    {
    case CALF_HISTORY_KIND_ASSESSMENT:
      entry->region = column_text (stmt, 4);
      ok = calf_side_from_string ((const char *) sqlite3_column_text (stmt, 5), &entry->side) &&
           calf_triage_level_from_string ((const char *) sqlite3_column_text (stmt, 6), &entry->triage);
      entry->database_version = column_text (stmt, 7);
      entry->answers = column_text (stmt, 8);
      entry->causes = column_text (stmt, 9);
      break;
    case CALF_HISTORY_KIND_SESSION:
      entry->exercise = column_text (stmt, 4);
      entry->sets_done = sqlite3_column_int (stmt, 5);
      entry->reps_done = sqlite3_column_int (stmt, 6);
      entry->duration = sqlite3_column_int (stmt, 7);
      entry->pain_during = column_pain (stmt, 8);
      entry->pain_next_morning = column_pain (stmt, 9);
      break;
    case CALF_HISTORY_KIND_SELFTEST:
      ok = calf_selftest_kind_from_string ((const char *) sqlite3_column_text (stmt, 4), &entry->test) &&
           calf_side_from_string ((const char *) sqlite3_column_text (stmt, 5), &entry->side);
      entry->left = sqlite3_column_double (stmt, 6);
      entry->right = sqlite3_column_double (stmt, 7);
      entry->threshold = sqlite3_column_type (stmt, 8) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 8);
      break;
    case CALF_HISTORY_KIND_PAIN:
      entry->pain = sqlite3_column_int (stmt, 4);
      break;
    default:
      g_assert_not_reached ();
    }

  if (!ok || !calf_history_entry_validate (entry, NULL))
    {
      g_warning ("Skipping history entry %s %" G_GINT64_FORMAT ": not valid", tables[kind], entry->id);
      return NULL;
    }
  return g_steal_pointer (&entry);
}

static gboolean
uuid_exists (CalfHistory      *self,
             CalfHistoryEntry *entry,
             gboolean         *exists,
             GError          **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s WHERE uuid = ?", tables[entry->kind]);
  sqlite3_stmt *stmt = NULL;
  int code = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (code == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, entry->uuid, -1, SQLITE_TRANSIENT);
      code = sqlite3_step (stmt);
    }
  *exists = code == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return code == SQLITE_ROW || code == SQLITE_DONE || calf_history_fail (self, code, error);
}

gboolean
calf_history_insert (CalfHistory      *self,
                     CalfHistoryEntry *entry,
                     gboolean          skip_existing,
                     gboolean         *added,
                     GError          **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  gboolean exists = FALSE;
  int code;

  *added = FALSE;

  if (entry->uuid == NULL)
    entry->uuid = g_uuid_string_random ();
  if (entry->time == 0)
    entry->time = g_get_real_time () / G_USEC_PER_SEC;
  if (!calf_history_entry_validate (entry, error))
    return FALSE;

  if (skip_existing)
    {
      if (!uuid_exists (self, entry, &exists, error))
        return FALSE;
      if (exists)
        return TRUE;
    }

  g_string_printf (sql, "INSERT INTO %s (%s) VALUES (?", tables[entry->kind], columns[entry->kind]);
  for (guint i = 1; i < n_columns[entry->kind]; i++)
    g_string_append (sql, ", ?");
  g_string_append (sql, ")");

  code = sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL);
  if (code == SQLITE_OK)
    {
      bind_entry (stmt, entry);
      code = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  if (code != SQLITE_DONE)
    return calf_history_fail (self, code, error);

  entry->id = sqlite3_last_insert_rowid (self->db);
  *added = TRUE;
  return TRUE;
}

static gboolean
add_body (CalfHistory  *self,
          gpointer      data,
          GError      **error)
{
  gboolean added;

  return calf_history_insert (self, data, FALSE, &added, error);
}

gboolean
calf_history_add (CalfHistory       *self,
                  CalfHistoryEntry  *entry,
                  GError           **error)
{
  g_return_val_if_fail (CALF_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  /* Checked before the lock, so a wrong entry never waits for the disk. */
  if (!calf_history_entry_validate (entry, error))
    return FALSE;

  if (!calf_history_transaction (self, add_body, entry, error))
    {
      entry->id = 0;
      return FALSE;
    }
  return TRUE;
}

static void
add_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  GError *error = NULL;
  CalfHistoryEntry *entry = task_data;

  if (calf_history_add (source_object, entry, &error))
    g_task_return_pointer (task, calf_history_entry_copy (entry), (GDestroyNotify) calf_history_entry_free);
  else
    g_task_return_error (task, error);
}

void
calf_history_add_async (CalfHistory            *self,
                        const CalfHistoryEntry *entry,
                        GCancellable           *cancellable,
                        GAsyncReadyCallback     callback,
                        gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CALF_IS_HISTORY (self));
  g_return_if_fail (entry != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, calf_history_add_async);
  g_task_set_task_data (task, calf_history_entry_copy (entry), (GDestroyNotify) calf_history_entry_free);
  g_task_run_in_thread (task, add_thread);
}

CalfHistoryEntry *
calf_history_add_finish (CalfHistory   *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  gint64 id;
  int    pain;
} MorningPain;

static gboolean
morning_pain_body (CalfHistory  *self,
                   gpointer      data,
                   GError      **error)
{
  MorningPain *morning = data;
  sqlite3_stmt *stmt = NULL;
  int code = sqlite3_prepare_v2 (self->db, "UPDATE sessions SET pain_next_morning = ? WHERE id = ?", -1, &stmt, NULL);

  if (code == SQLITE_OK)
    {
      sqlite3_bind_int (stmt, 1, morning->pain);
      sqlite3_bind_int64 (stmt, 2, morning->id);
      code = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  if (code != SQLITE_DONE)
    return calf_history_fail (self, code, error);
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_NOT_FOUND,
                   _("That session is no longer in the history."));
      return FALSE;
    }
  return TRUE;
}

gboolean
calf_history_set_next_morning_pain (CalfHistory  *self,
                                    gint64        session_id,
                                    int           pain,
                                    GError      **error)
{
  MorningPain morning = { session_id, pain };

  g_return_val_if_fail (CALF_IS_HISTORY (self), FALSE);

  if (pain < 0 || pain > 10)
    {
      g_set_error (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_INVALID,
                   _("a pain score is a whole number from 0 to 10"));
      return FALSE;
    }
  return calf_history_transaction (self, morning_pain_body, &morning, error);
}

static gboolean
list_kind (CalfHistory     *self,
           CalfHistoryKind  kind,
           const char      *order,
           GPtrArray       *entries,
           GError         **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id, %s FROM %s ORDER BY time %s, id %s",
                                          columns[kind], tables[kind], order, order);
  sqlite3_stmt *stmt = NULL;
  int code = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  while (code == SQLITE_OK && (code = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CalfHistoryEntry *entry = read_entry (stmt, kind);

      if (entry != NULL)
        g_ptr_array_add (entries, entry);
      code = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  return code == SQLITE_DONE || calf_history_fail (self, code, error);
}

GPtrArray *
calf_history_list (CalfHistory      *self,
                   CalfHistoryKind   kind,
                   GError          **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) calf_history_entry_free);
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (CALF_IS_HISTORY (self), NULL);
  g_return_val_if_fail (kind < CALF_HISTORY_N_KINDS, NULL);

  locker = g_mutex_locker_new (&self->lock);
  if (!list_kind (self, kind, "DESC", entries, error))
    return NULL;
  return g_steal_pointer (&entries);
}

GPtrArray *
calf_history_list_all (CalfHistory  *self,
                       GError      **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) calf_history_entry_free);
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (CALF_IS_HISTORY (self), NULL);

  locker = g_mutex_locker_new (&self->lock);
  for (guint kind = 0; kind < CALF_HISTORY_N_KINDS; kind++)
    {
      if (!list_kind (self, kind, "ASC", entries, error))
        return NULL;
    }
  /* g_ptr_array_sort() is stable: entries of one moment keep their kind's order. */
  g_ptr_array_sort (entries, calf_history_entry_compare_time);
  return g_steal_pointer (&entries);
}

typedef struct
{
  CalfHistoryKind kind;
  gint64          id;
} Removal;

static gboolean
remove_body (CalfHistory  *self,
             gpointer      data,
             GError      **error)
{
  Removal *removal = data;
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", tables[removal->kind]);
  sqlite3_stmt *stmt = NULL;
  int code = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (code == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, removal->id);
      code = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  if (code != SQLITE_DONE)
    return calf_history_fail (self, code, error);
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_NOT_FOUND,
                   _("That entry is no longer in the history."));
      return FALSE;
    }
  return TRUE;
}

gboolean
calf_history_remove (CalfHistory      *self,
                     CalfHistoryKind   kind,
                     gint64            id,
                     GError          **error)
{
  Removal removal = { kind, id };

  g_return_val_if_fail (CALF_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (kind < CALF_HISTORY_N_KINDS, FALSE);

  return calf_history_transaction (self, remove_body, &removal, error);
}

static gboolean
clear_body (CalfHistory  *self,
            gpointer      data,
            GError      **error)
{
  /* Sessions and self-tests first: they refer to assessments. */
  return calf_history_exec (self,
                            "DELETE FROM sessions; DELETE FROM self_tests; "
                            "DELETE FROM pain_entries; DELETE FROM assessments",
                            error);
}

gboolean
calf_history_clear (CalfHistory  *self,
                    GError      **error)
{
  g_return_val_if_fail (CALF_IS_HISTORY (self), FALSE);

  return calf_history_transaction (self, clear_body, NULL, error);
}

static void
remove_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Removal *removal = task_data;
  GError *error = NULL;
  gboolean ok;

  if (removal->id == 0)
    ok = calf_history_clear (source_object, &error);
  else
    ok = calf_history_remove (source_object, removal->kind, removal->id, &error);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
calf_history_remove_async (CalfHistory         *self,
                           CalfHistoryKind      kind,
                           gint64               id,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Removal *removal;

  g_return_if_fail (CALF_IS_HISTORY (self));
  g_return_if_fail (kind < CALF_HISTORY_N_KINDS);

  removal = g_new (Removal, 1);
  removal->kind = kind;
  removal->id = id;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, calf_history_remove_async);
  g_task_set_task_data (task, removal, g_free);
  g_task_run_in_thread (task, remove_thread);
}

gboolean
calf_history_remove_finish (CalfHistory   *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
