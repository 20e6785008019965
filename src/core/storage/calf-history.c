/* calf-history.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-history"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "calf-history-private.h"

/* Opening the file: versions, migrations, and what happens to a file that
 * is damaged, locked or newer. */

G_DEFINE_FINAL_TYPE (CalfHistory, calf_history, G_TYPE_OBJECT)

/* How long a write waits for another program holding the file. */
#define BUSY_TIMEOUT_MS 2000

/* migrations[v - 1] brings the schema from version v - 1 to v. Never edit
 * one that has shipped: add the next. */
static const char * const migrations[CALF_HISTORY_SCHEMA_VERSION] = {
  /* 1: the first schema. Times are Unix seconds (UTC). */
  "CREATE TABLE assessments ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  time INTEGER NOT NULL,"
  "  region TEXT NOT NULL,"
  "  side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),"
  "  triage TEXT NOT NULL CHECK (triage IN ('emergency', 'urgent', 'soon', 'self-care')),"
  "  database_version TEXT NOT NULL,"
  "  answers TEXT NOT NULL,"
  "  causes TEXT NOT NULL,"
  "  note TEXT);"
  "CREATE TABLE sessions ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  time INTEGER NOT NULL,"
  "  assessment_id INTEGER REFERENCES assessments (id) ON DELETE SET NULL,"
  "  exercise TEXT NOT NULL,"
  "  sets_done INTEGER NOT NULL CHECK (sets_done >= 0),"
  "  reps_done INTEGER NOT NULL CHECK (reps_done >= 0),"
  "  duration INTEGER NOT NULL CHECK (duration >= 0),"
  "  pain_during INTEGER CHECK (pain_during BETWEEN 0 AND 10),"
  "  pain_next_morning INTEGER CHECK (pain_next_morning BETWEEN 0 AND 10),"
  "  note TEXT);"
  "CREATE TABLE self_tests ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  time INTEGER NOT NULL,"
  "  assessment_id INTEGER REFERENCES assessments (id) ON DELETE SET NULL,"
  "  test TEXT NOT NULL CHECK (test IN ('knee-to-wall', 'heel-raise')),"
  "  side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),"
  "  left_value REAL NOT NULL,"
  "  right_value REAL NOT NULL,"
  "  threshold REAL,"
  "  note TEXT);"
  "CREATE TABLE pain_entries ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  time INTEGER NOT NULL,"
  "  pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),"
  "  note TEXT);"
  "CREATE INDEX assessments_time ON assessments (time);"
  "CREATE INDEX sessions_time ON sessions (time);"
  "CREATE INDEX sessions_assessment ON sessions (assessment_id);"
  "CREATE INDEX self_tests_time ON self_tests (time);"
  "CREATE INDEX self_tests_assessment ON self_tests (assessment_id);"
  "CREATE INDEX pain_entries_time ON pain_entries (time);",
};

static void
calf_history_finalize (GObject *object)
{
  CalfHistory *self = CALF_HISTORY (object);

  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->set_aside_path, g_free);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (calf_history_parent_class)->finalize (object);
}

static void
calf_history_class_init (CalfHistoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = calf_history_finalize;
}

static void
calf_history_init (CalfHistory *self)
{
  g_mutex_init (&self->lock);
}

char *
calf_history_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "calf-check", "history.db", NULL);
}

gboolean
calf_history_fail (CalfHistory  *self,
                   int           code,
                   GError      **error)
{
  int primary;
  const char *detail;

  if (code == SQLITE_OK && self->db != NULL)
    code = sqlite3_extended_errcode (self->db);
  primary = code & 0xff;
  detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (code);

  switch (primary)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_LOCKED,
                   /* Translators: %s is the history file's place on the computer, e.g.
                    * "/home/ana/.local/share/calf-check/history.db". */
                   _("The history in %s is in use by another program. Close other copies of Calf Check, then try again."),
                   self->path);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_CORRUPT,
                   /* Translators: the first %s is the history file's place on the computer, the
                    * second a message of the SQLite database library, in English. */
                   _("The history in %s is damaged (%s)."), self->path, detail);
      break;
    case SQLITE_FULL:
      g_set_error (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_IO,
                   /* Translators: %s is the history file's place on the computer. */
                   _("The disk is full, so the history in %s could not be saved: free some space and try again."),
                   self->path);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_INVALID,
                   /* Translators: %s is a message of the SQLite database library, in English. */
                   _("The entry is already in the history or is not valid (%s)."), detail);
      break;
    default:
      g_set_error (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_IO,
                   /* Translators: the first %s is the history file's place on the computer, the
                    * second a message of the SQLite database library, in English. */
                   _("The history in %s cannot be read or written (%s): check that the folder can be written to."),
                   self->path, detail);
      break;
    }
  return FALSE;
}

gboolean
calf_history_exec (CalfHistory  *self,
                   const char   *sql,
                   GError      **error)
{
  int code = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  return code == SQLITE_OK || calf_history_fail (self, code, error);
}

gboolean
calf_history_transaction (CalfHistory     *self,
                          CalfHistoryBody  body,
                          gpointer         data,
                          GError         **error)
{
  g_autoptr(GMutexLocker) locker G_GNUC_UNUSED = g_mutex_locker_new (&self->lock);

  if (self->db == NULL)
    return calf_history_fail (self, SQLITE_MISUSE, error);

  if (!calf_history_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (!body (self, data, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  if (!calf_history_exec (self, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

/* A single integer from @sql, e.g. a PRAGMA. */
static gboolean
query_int (CalfHistory  *self,
           const char   *sql,
           gint64       *out,
           GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int code = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (code == SQLITE_OK)
    code = sqlite3_step (stmt);
  if (code == SQLITE_ROW)
    {
      *out = sqlite3_column_int64 (stmt, 0);
      code = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  return code == SQLITE_OK || calf_history_fail (self, code, error);
}

static gboolean
query_text_is (CalfHistory  *self,
               const char   *sql,
               const char   *expected,
               gboolean     *is,
               GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int code = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (code == SQLITE_OK)
    code = sqlite3_step (stmt);
  if (code == SQLITE_ROW)
    {
      *is = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), expected) == 0;
      code = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  return code == SQLITE_OK || calf_history_fail (self, code, error);
}

/* Switching a new file to WAL needs it to itself, and SQLite does not wait
 * for that as it waits for a lock: another program opening the same new
 * file at the same moment gets SQLITE_BUSY until it is done. */
static gboolean
set_wal (CalfHistory  *self,
         gboolean     *is_wal,
         GError      **error)
{
  for (guint waited = 0;; waited += 20)
    {
      g_autoptr(GError) local_error = NULL;

      if (query_text_is (self, "PRAGMA journal_mode = WAL", "wal", is_wal, &local_error))
        return TRUE;
      if (waited >= BUSY_TIMEOUT_MS ||
          !g_error_matches (local_error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_LOCKED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_usleep (20 * G_TIME_SPAN_MILLISECOND);
    }
}

static gboolean
migrate (CalfHistory  *self,
         gint64        from,
         GError      **error)
{
  for (gint64 version = from + 1; version <= CALF_HISTORY_SCHEMA_VERSION; version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %" G_GINT64_FORMAT, version);
      gint64 current = 0;

      if (!calf_history_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;

      /* Another program (the window and the command line, started
       * together) may have migrated since the version was read: with the
       * write lock held, the version read now is the one to go by. */
      if (!query_int (self, "PRAGMA user_version", &current, error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
      if (current >= version)
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          continue;
        }

      if (!calf_history_exec (self, migrations[version - 1], error) ||
          !calf_history_exec (self, set_version, error) ||
          !calf_history_exec (self, "COMMIT", error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
      g_debug ("History %s brought to schema version %" G_GINT64_FORMAT, self->path, version);
    }
  return TRUE;
}

/* Everything that can go wrong with an existing file shows here. */
static gboolean
open_database (CalfHistory  *self,
               GError      **error)
{
  gint64 version = 0;
  gint64 n_tables = 0;
  gboolean ok = TRUE;
  int code;

  code = sqlite3_open_v2 (self->path, &self->db,
                          SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, NULL);
  if (code != SQLITE_OK)
    return calf_history_fail (self, code, error);

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  /* Read before anything is written: a newer file stays as it is. The
   * version and the tables are read in one transaction, so that another
   * program creating the file meanwhile is seen whole or not at all. */
  if (!calf_history_exec (self, "BEGIN", error))
    return FALSE;
  if (!query_int (self, "PRAGMA user_version", &version, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_master", &n_tables, error) ||
      !calf_history_exec (self, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  if (version > CALF_HISTORY_SCHEMA_VERSION)
    {
      g_set_error (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_NEWER,
                   /* Translators: %s is the history file's place on the computer. */
                   _("The history in %s was saved by a newer version of Calf Check: update Calf Check to use it. "
                     "It has been left as it is."),
                   self->path);
      return FALSE;
    }
  if (version == 0 && n_tables > 0)
    {
      g_set_error (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_CORRUPT,
                   /* Translators: %s is a file's place on the computer. */
                   _("%s is a database, but not a Calf Check history."), self->path);
      return FALSE;
    }

  if (!set_wal (self, &ok, error))
    return FALSE;
  if (!ok)
    return calf_history_fail (self, SQLITE_CANTOPEN, error);
  if (!calf_history_exec (self, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL", error))
    return FALSE;

  if (version > 0)
    {
      if (!query_text_is (self, "PRAGMA quick_check", "ok", &ok, error))
        return FALSE;
      if (!ok)
        return calf_history_fail (self, SQLITE_CORRUPT, error);
    }

  return migrate (self, version, error);
}

/* history.db → history-damaged-20261204-093000.db (and its -wal and -shm,
 * which belong to it), never replacing a file. */
static char *
set_aside (const char  *path,
           GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *folder = g_path_get_dirname (path);

  for (guint n = 1; n < 100; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("history-damaged-%s.db", stamp)
                                     : g_strdup_printf ("history-damaged-%s-%u.db", stamp, n);
      g_autofree char *target = g_build_filename (folder, name, NULL);

      if (g_file_test (target, G_FILE_TEST_EXISTS))
        continue;

      if (g_rename (path, target) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       /* Translators: the first %s is the history file's place, the second a
                        * system error message. "Moved aside": renamed so that it is kept but no
                        * longer used. */
                       _("The damaged history %s could not be moved aside: %s"), path, g_strerror (saved_errno));
          return NULL;
        }

      for (guint i = 0; i < 2; i++)
        {
          const char *suffix = i == 0 ? "-wal" : "-shm";
          g_autofree char *from = g_strconcat (path, suffix, NULL);
          g_autofree char *to = g_strconcat (target, suffix, NULL);

          if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
            g_warning ("Cannot move %s aside: %s", from, g_strerror (errno));
        }
      return g_steal_pointer (&target);
    }

  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
               /* Translators: %s is the history file's place on the computer. "Moved aside":
                * renamed so that it is kept but no longer used. */
               _("The damaged history %s could not be moved aside: too many damaged copies in the folder"), path);
  return NULL;
}

static gboolean
make_folder (const char  *path,
             GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_IO,
                   /* Translators: the first %s is a folder's place on the computer, the second
                    * a system error message. */
                   _("Cannot create the folder %s for the history: %s"), folder, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  /* Only a new file is opened here: closing a descriptor of a file that
   * a connection of this process has locked would drop its POSIX locks
   * (SQLite's "how to corrupt", 2.2). */
  int fd = g_open (path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

  if (fd < 0 && errno == EEXIST)
    return TRUE;
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_IO,
                   /* Translators: the first %s is a file's place on the computer, the second a
                    * system error message. */
                   _("Cannot create the history %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

CalfHistory *
calf_history_open (const char  *path,
                   GError     **error)
{
  g_autoptr(CalfHistory) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *aside = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!make_folder (path, error))
    return NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS) && !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_IO,
                   /* Translators: %s is the history file's place on the computer. */
                   _("%s is not a file: move it away so the history can be kept there"), path);
      return NULL;
    }

  /* Health information: readable by its owner only. SQLite gives the
   * -wal and -shm files the same mode. */
  if (!create_private_file (path, error))
    return NULL;

  self = g_object_new (CALF_TYPE_HISTORY, NULL);
  self->path = g_strdup (path);

  if (open_database (self, &local_error))
    return g_steal_pointer (&self);

  g_clear_pointer (&self->db, sqlite3_close);
  if (!g_error_matches (local_error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_CORRUPT))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* Damaged: keep it for whoever can mend it, and start again. */
  g_message ("%s", local_error->message);
  aside = set_aside (path, error);
  if (aside == NULL)
    return NULL;

  g_clear_error (&local_error);
  if (!open_database (self, error))
    {
      g_clear_pointer (&self->db, sqlite3_close);
      return NULL;
    }
  self->set_aside_path = g_steal_pointer (&aside);
  return g_steal_pointer (&self);
}

const char *
calf_history_get_path (CalfHistory *self)
{
  g_return_val_if_fail (CALF_IS_HISTORY (self), NULL);
  return self->path;
}

const char *
calf_history_get_set_aside_path (CalfHistory *self)
{
  g_return_val_if_fail (CALF_IS_HISTORY (self), NULL);
  return self->set_aside_path;
}
