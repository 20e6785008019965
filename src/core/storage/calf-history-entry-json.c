/* calf-history-entry-json.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-history"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "calf-history-entry.h"

/* One entry as JSON: the export format, and `--history --format json`. */

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value);
}

static void
add_int (JsonBuilder *builder,
         const char  *key,
         gint64       value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_int_value (builder, value);
}

static void
add_pain (JsonBuilder *builder,
          const char  *key,
          int          pain)
{
  if (pain != CALF_HISTORY_NO_PAIN)
    add_int (builder, key, pain);
}

static void
add_number (JsonBuilder *builder,
            const char  *key,
            double       value)
{
  if (isnan (value))
    return;
  json_builder_set_member_name (builder, key);
  /* Whole numbers stay whole, so a file reads "12", not "12.0". */
  if (value == floor (value) && fabs (value) < 1e15)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

/* Text this module wrote and checked: parsed again with the strict reader. */
static void
add_json_text (JsonBuilder *builder,
               const char  *key,
               const char  *text)
{
  g_autoptr(JsonNode) node = NULL;

  if (text == NULL)
    return;
  node = calf_json_parse (key, text, strlen (text), &calf_json_limits_input, NULL);
  if (node == NULL)
    return;
  json_builder_set_member_name (builder, key);
  json_builder_add_value (builder, g_steal_pointer (&node));
}

char *
calf_history_format_time (gint64 time)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (time);

  return date != NULL ? g_date_time_format_iso8601 (date) : NULL;
}

void
calf_history_entry_to_json (const CalfHistoryEntry *entry,
                            JsonBuilder            *builder)
{
  g_autofree char *time = NULL;

  g_return_if_fail (entry != NULL);
  g_return_if_fail (JSON_IS_BUILDER (builder));

  time = calf_history_format_time (entry->time);

  json_builder_begin_object (builder);
  add_string (builder, "kind", calf_history_kind_to_string (entry->kind));
  add_string (builder, "uuid", entry->uuid);
  add_string (builder, "time", time);

  switch (entry->kind)
    {
    case CALF_HISTORY_KIND_ASSESSMENT:
      add_string (builder, "region", entry->region);
      add_string (builder, "side", calf_side_to_string (entry->side));
      add_string (builder, "triage", calf_triage_level_to_string (entry->triage));
      add_string (builder, "database_version", entry->database_version);
      add_json_text (builder, "answers", entry->answers);
      add_json_text (builder, "causes", entry->causes);
      break;

    case CALF_HISTORY_KIND_SESSION:
      add_string (builder, "exercise", entry->exercise);
      add_int (builder, "sets_done", entry->sets_done);
      add_int (builder, "reps_done", entry->reps_done);
      add_int (builder, "duration", entry->duration);
      add_pain (builder, "pain_during", entry->pain_during);
      add_pain (builder, "pain_next_morning", entry->pain_next_morning);
      break;

    case CALF_HISTORY_KIND_SELFTEST:
      add_string (builder, "test", calf_selftest_kind_to_string (entry->test));
      add_string (builder, "side", calf_side_to_string (entry->side));
      add_number (builder, "left", entry->left);
      add_number (builder, "right", entry->right);
      add_number (builder, "threshold", entry->threshold);
      break;

    case CALF_HISTORY_KIND_PAIN:
      add_pain (builder, "pain", entry->pain);
      break;

    default:
      g_assert_not_reached ();
    }

  add_string (builder, "note", entry->note);
  json_builder_end_object (builder);
}

/* Reading */

static gboolean
read_string (CalfJsonReader  *reader,
             JsonObject      *object,
             const char      *key,
             char           **out,
             GError         **error)
{
  const char *value = NULL;

  if (!calf_json_reader_member_string (reader, object, key, &value, NULL, error))
    return FALSE;
  g_free (*out);
  *out = g_strdup (value);
  return TRUE;
}

static gboolean
read_count (CalfJsonReader *reader,
            JsonObject     *object,
            const char     *key,
            gint64          min,
            gint64          max,
            gint64         *out,
            GError        **error)
{
  gboolean present = FALSE;

  if (!calf_json_reader_member_integer (reader, object, key, out, &present, error))
    return FALSE;
  if (present && (*out < min || *out > max))
    return calf_json_reader_fail (reader, key, error,
                                  /* Translators: the two %lld are the lowest and highest
                                   * numbers allowed. */
                                  _("expected a whole number from %lld to %lld"),
                                  (long long) min, (long long) max);
  return TRUE;
}

/* A word from a fixed list: @parse is one of the *_from_string functions
 * below, called by name so each keeps its own type. */
#define READ_WORD(reader, object, key, parse, out, allowed, error)                       \
  G_STMT_START {                                                                          \
    const char *word_ = NULL;                                                             \
    if (!calf_json_reader_member_string ((reader), (object), (key), &word_, NULL, (error))) \
      return FALSE;                                                                       \
    if (word_ != NULL && !parse (word_, (out)))                                           \
      return calf_json_reader_fail ((reader), (key), (error), _("expected %s"), (allowed)); \
  } G_STMT_END

static gboolean
read_json_text (CalfJsonReader  *reader,
                JsonObject      *object,
                const char      *key,
                char           **out,
                GError         **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node) && !JSON_NODE_HOLDS_ARRAY (node))
    return calf_json_reader_fail (reader, key, error, _("expected an object or a list"));

  {
    g_autoptr(JsonGenerator) generator = json_generator_new ();

    json_generator_set_root (generator, node);
    g_free (*out);
    *out = json_generator_to_data (generator, NULL);
  }
  return TRUE;
}

static const char * const assessment_keys[] = {
  "*kind", "*uuid", "*time", "*region", "*side", "*triage", "*database_version", "*answers", "*causes", "note", NULL,
};
static const char * const session_keys[] = {
  "*kind", "*uuid", "*time", "*exercise", "*sets_done", "*reps_done", "*duration",
  "pain_during", "pain_next_morning", "note", NULL,
};
static const char * const selftest_keys[] = {
  "*kind", "*uuid", "*time", "*test", "*side", "*left", "*right", "threshold", "note", NULL,
};
static const char * const pain_keys[] = {
  "*kind", "*uuid", "*time", "*pain", "note", NULL,
};

static gboolean
read_kind_fields (CalfJsonReader   *reader,
                  JsonObject       *object,
                  CalfHistoryEntry *entry,
                  GError          **error)
{
  gint64 sets = 0, reps = 0, duration = 0, during = CALF_HISTORY_NO_PAIN, morning = CALF_HISTORY_NO_PAIN;
  gint64 pain = 0;

  switch (entry->kind)
    {
    case CALF_HISTORY_KIND_ASSESSMENT:
      /* Translators: the words a file may use; keep them in English. */
      READ_WORD (reader, object, "side", calf_side_from_string, &entry->side, _("left, right or both"), error);
      READ_WORD (reader, object, "triage", calf_triage_level_from_string, &entry->triage,
                 /* Translators: the words a history file may use; keep them in English. */
                 _("emergency, urgent, soon or self-care"), error);
      return read_string (reader, object, "region", &entry->region, error) &&
             read_string (reader, object, "database_version", &entry->database_version, error) &&
             read_json_text (reader, object, "answers", &entry->answers, error) &&
             read_json_text (reader, object, "causes", &entry->causes, error);

    case CALF_HISTORY_KIND_SESSION:
      if (!read_string (reader, object, "exercise", &entry->exercise, error) ||
          !read_count (reader, object, "sets_done", 0, CALF_HISTORY_MAX_COUNT, &sets, error) ||
          !read_count (reader, object, "reps_done", 0, CALF_HISTORY_MAX_COUNT, &reps, error) ||
          !read_count (reader, object, "duration", 0, CALF_HISTORY_MAX_DURATION, &duration, error) ||
          !read_count (reader, object, "pain_during", 0, 10, &during, error) ||
          !read_count (reader, object, "pain_next_morning", 0, 10, &morning, error))
        return FALSE;
      entry->sets_done = sets;
      entry->reps_done = reps;
      entry->duration = duration;
      entry->pain_during = during;
      entry->pain_next_morning = morning;
      return TRUE;

    case CALF_HISTORY_KIND_SELFTEST:
      READ_WORD (reader, object, "test", calf_selftest_kind_from_string, &entry->test,
                 /* Translators: the words a history file may use; keep them in English. */
                 _("knee-to-wall or heel-raise"), error);
      READ_WORD (reader, object, "side", calf_side_from_string, &entry->side, _("left, right or both"), error);
      return calf_json_reader_member_number (reader, object, "left", &entry->left, NULL, error) &&
             calf_json_reader_member_number (reader, object, "right", &entry->right, NULL, error) &&
             calf_json_reader_member_number (reader, object, "threshold", &entry->threshold, NULL, error);

    case CALF_HISTORY_KIND_PAIN:
      if (!read_count (reader, object, "pain", 0, 10, &pain, error))
        return FALSE;
      entry->pain = pain;
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

CalfHistoryEntry *
calf_history_entry_from_json (CalfJsonReader  *reader,
                              JsonNode        *node,
                              GError         **error)
{
  static const char * const * const keys[CALF_HISTORY_N_KINDS] = {
    assessment_keys, session_keys, selftest_keys, pain_keys,
  };
  g_autoptr(CalfHistoryEntry) entry = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GError) invalid = NULL;
  JsonObject *object;
  const char *kind_name = NULL;
  const char *time = NULL;
  CalfHistoryKind kind;

  g_return_val_if_fail (reader != NULL, NULL);

  if (!calf_json_reader_object (reader, node, &object, error) ||
      !calf_json_reader_member_string (reader, object, "kind", &kind_name, NULL, error))
    return NULL;

  if (!calf_history_kind_from_string (kind_name, &kind))
    {
      /* Translators: the kinds of entry a history file may use; keep them in English. */
      calf_json_reader_fail (reader, "kind", error, _("expected assessment, session, self-test or pain"));
      return NULL;
    }

  entry = calf_history_entry_new (kind);
  if (!calf_json_reader_check_keys (reader, object, keys[kind], error) ||
      !read_string (reader, object, "uuid", &entry->uuid, error) ||
      !calf_json_reader_member_string (reader, object, "time", &time, NULL, error) ||
      !read_string (reader, object, "note", &entry->note, error) ||
      !read_kind_fields (reader, object, entry, error))
    return NULL;

  date = g_date_time_new_from_iso8601 (time, NULL);
  if (date == NULL)
    {
      calf_json_reader_fail (reader, "time", error, _("expected a date and time such as 2026-12-04T09:30:00Z"));
      return NULL;
    }
  entry->time = g_date_time_to_unix (date);

  /* The checks the window's entries get too, with the path in the message. */
  if (!calf_history_entry_validate (entry, &invalid))
    {
      calf_json_reader_fail (reader, NULL, error, "%s", invalid->message);
      return NULL;
    }

  return g_steal_pointer (&entry);
}
