/* calf-history-entry.c
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

G_DEFINE_QUARK (calf-history-error-quark, calf_history_error)

G_DEFINE_BOXED_TYPE (CalfHistoryEntry, calf_history_entry, calf_history_entry_copy, calf_history_entry_free)

/* 2000-01-01: nothing in a history is older than Calf Check. */
#define EARLIEST_TIME G_GINT64_CONSTANT (946684800)
/* A day of clock difference between two computers is allowed. */
#define FUTURE_SLACK (24 * 60 * 60)

static const char * const kind_names[CALF_HISTORY_N_KINDS] = {
  "assessment", "session", "self-test", "pain",
};

static const char * const selftest_names[] = {
  [CALF_SELFTEST_KNEE_TO_WALL] = "knee-to-wall",
  [CALF_SELFTEST_HEEL_RAISE] = "heel-raise",
};

CalfHistoryEntry *
calf_history_entry_new (CalfHistoryKind kind)
{
  CalfHistoryEntry *entry;

  g_return_val_if_fail (kind < CALF_HISTORY_N_KINDS, NULL);

  entry = g_new0 (CalfHistoryEntry, 1);
  entry->kind = kind;
  entry->pain_during = CALF_HISTORY_NO_PAIN;
  entry->pain_next_morning = CALF_HISTORY_NO_PAIN;
  entry->threshold = NAN;
  return entry;
}

CalfHistoryEntry *
calf_history_entry_copy (const CalfHistoryEntry *entry)
{
  CalfHistoryEntry *copy;

  g_return_val_if_fail (entry != NULL, NULL);

  copy = g_memdup2 (entry, sizeof *entry);
  copy->uuid = g_strdup (entry->uuid);
  copy->note = g_strdup (entry->note);
  copy->region = g_strdup (entry->region);
  copy->database_version = g_strdup (entry->database_version);
  copy->answers = g_strdup (entry->answers);
  copy->causes = g_strdup (entry->causes);
  copy->exercise = g_strdup (entry->exercise);
  return copy;
}

void
calf_history_entry_free (CalfHistoryEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->uuid);
  g_free (entry->note);
  g_free (entry->region);
  g_free (entry->database_version);
  g_free (entry->answers);
  g_free (entry->causes);
  g_free (entry->exercise);
  g_free (entry);
}

static char *
node_to_text (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}

CalfHistoryEntry *
calf_history_entry_new_assessment (CalfAnswers *answers,
                                   CalfResult  *result)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) causes = NULL;
  CalfHistoryEntry *entry;
  GPtrArray *conditions;
  const CalfRegion *region;
  guint n_listed;

  g_return_val_if_fail (CALF_IS_ANSWERS (answers), NULL);
  g_return_val_if_fail (CALF_IS_RESULT (result), NULL);

  region = calf_result_get_region (result);
  entry = calf_history_entry_new (CALF_HISTORY_KIND_ASSESSMENT);
  entry->region = g_strdup (region != NULL ? region->id : NULL);
  entry->side = calf_result_get_side (result);
  entry->triage = calf_result_get_triage_level (result);
  entry->database_version = g_strdup (calf_result_get_database_version (result));
  entry->answers = calf_answers_to_json (answers);

  /* The causes the report listed, in its order: what the person saw. */
  conditions = calf_result_get_conditions (result);
  n_listed = MIN (calf_result_get_n_listed (result), CALF_HISTORY_MAX_CAUSES);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_listed && i < conditions->len; i++)
    {
      const CalfRankedCondition *ranked = g_ptr_array_index (conditions, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, ranked->condition->id);
      json_builder_set_member_name (builder, "likelihood");
      json_builder_add_string_value (builder, ranked->likelihood);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  causes = json_builder_get_root (builder);
  entry->causes = node_to_text (causes);

  return entry;
}

CalfHistoryEntry *
calf_history_entry_new_selftest (const CalfSelftestResult *result)
{
  CalfHistoryEntry *entry;

  g_return_val_if_fail (result != NULL, NULL);

  entry = calf_history_entry_new (CALF_HISTORY_KIND_SELFTEST);
  entry->test = result->kind;
  entry->side = result->side;
  entry->left = result->left;
  entry->right = result->right;
  entry->threshold = result->threshold;
  return entry;
}

int
calf_history_entry_compare_time (gconstpointer a,
                                 gconstpointer b)
{
  const CalfHistoryEntry *x = *(CalfHistoryEntry * const *) a;
  const CalfHistoryEntry *y = *(CalfHistoryEntry * const *) b;

  return x->time < y->time ? -1 : x->time > y->time;
}

const char *
calf_history_kind_to_string (CalfHistoryKind kind)
{
  g_return_val_if_fail (kind < CALF_HISTORY_N_KINDS, NULL);
  return kind_names[kind];
}

gboolean
calf_history_kind_from_string (const char      *str,
                               CalfHistoryKind *kind)
{
  for (guint i = 0; i < CALF_HISTORY_N_KINDS; i++)
    {
      if (g_strcmp0 (str, kind_names[i]) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
calf_selftest_kind_to_string (CalfSelftestKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (selftest_names), NULL);
  return selftest_names[kind];
}

gboolean
calf_selftest_kind_from_string (const char       *str,
                                CalfSelftestKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (selftest_names); i++)
    {
      if (g_strcmp0 (str, selftest_names[i]) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* An id as the condition database writes them, of a sane length. */
static gboolean
is_id (const char *str)
{
  return str != NULL && strlen (str) <= 64 && calf_id_is_valid (str);
}

static gboolean
invalid (GError    **error,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError    **error,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, CALF_HISTORY_ERROR, CALF_HISTORY_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
pain_ok (int pain,
         gboolean optional)
{
  return (pain >= 0 && pain <= 10) || (optional && pain == CALF_HISTORY_NO_PAIN);
}

/* The JSON texts an assessment keeps: parsed with the strict reader. */
static gboolean
validate_json_text (const char   *text,
                    JsonNodeType  type,
                    const char   *what,
                    GError      **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;

  if (text == NULL)
    /* Translators: %s is "answers" or "causes", in English: a part of a saved assessment. */
    return invalid (error, _("the assessment has no %s"), what);

  root = calf_json_parse (what, text, strlen (text), &calf_json_limits_input, &local_error);
  if (root == NULL)
    return invalid (error, "%s", local_error->message);
  if (JSON_NODE_TYPE (root) != type)
    /* Translators: %s is "answers" or "causes", in English: a part of a saved assessment. */
    return invalid (error, _("the assessment’s %s are not in the expected form"), what);

  if (type == JSON_NODE_ARRAY)
    {
      JsonArray *causes = json_node_get_array (root);

      if (json_array_get_length (causes) > CALF_HISTORY_MAX_CAUSES)
        /* Translators: %d is the most possible causes allowed, e.g. 10. */
        return invalid (error, _("an assessment lists at most %d possible causes"), CALF_HISTORY_MAX_CAUSES);

      for (guint i = 0; i < json_array_get_length (causes); i++)
        {
          JsonNode *node = json_array_get_element (causes, i);
          JsonObject *cause = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

          if (cause == NULL || json_object_get_size (cause) != 2 ||
              !is_id (json_object_get_string_member_with_default (cause, "id", NULL)) ||
              json_object_get_string_member_with_default (cause, "likelihood", NULL) == NULL)
            /* Translators: %u is the place of the cause in the list, counted from 1. */
            return invalid (error, _("possible cause %u must have an id and a likelihood, and nothing else"), i + 1);
        }
    }
  return TRUE;
}

gboolean
calf_history_entry_validate (const CalfHistoryEntry *entry,
                             GError                **error)
{
  gint64 latest = g_get_real_time () / G_USEC_PER_SEC + FUTURE_SLACK;

  g_return_val_if_fail (entry != NULL, FALSE);

  if (entry->kind >= CALF_HISTORY_N_KINDS)
    return invalid (error, _("unknown kind of entry"));
  if (entry->uuid != NULL && !g_uuid_string_is_valid (entry->uuid))
    /* Translators: %s is the text found where an identifier such as
     * "3f2504e0-4f89-11d3-9a0c-0305e82c3301" should be. */
    return invalid (error, _("“%s” is not a valid UUID"), entry->uuid);
  if (entry->time != 0 && (entry->time < EARLIEST_TIME || entry->time > latest))
    return invalid (error, _("the date is before 2000 or in the future: check the computer’s clock"));
  if (entry->note != NULL && (!g_utf8_validate (entry->note, -1, NULL) ||
                              g_utf8_strlen (entry->note, -1) > CALF_HISTORY_MAX_NOTE_CHARS))
    /* Translators: %d is the most characters a note may have, e.g. 2000. */
    return invalid (error, _("a note is at most %d characters of text"), CALF_HISTORY_MAX_NOTE_CHARS);

  switch (entry->kind)
    {
    case CALF_HISTORY_KIND_ASSESSMENT:
      if (!is_id (entry->region))
        return invalid (error, _("the assessment has no valid region"));
      if (entry->side > CALF_SIDE_BOTH || entry->triage >= CALF_N_TRIAGE_LEVELS)
        return invalid (error, _("the assessment’s side or triage level is not valid"));
      if (entry->database_version == NULL || *entry->database_version == '\0' ||
          strlen (entry->database_version) > 64 || !g_utf8_validate (entry->database_version, -1, NULL))
        return invalid (error, _("the assessment has no valid database version"));
      return validate_json_text (entry->answers, JSON_NODE_OBJECT, "answers", error) &&
             validate_json_text (entry->causes, JSON_NODE_ARRAY, "causes", error);

    case CALF_HISTORY_KIND_SESSION:
      if (!is_id (entry->exercise))
        return invalid (error, _("the session has no valid exercise"));
      if (entry->sets_done > CALF_HISTORY_MAX_COUNT || entry->reps_done > CALF_HISTORY_MAX_COUNT ||
          entry->duration > CALF_HISTORY_MAX_DURATION)
        return invalid (error, _("the session’s sets, repetitions or duration are out of range"));
      if (!pain_ok (entry->pain_during, TRUE) || !pain_ok (entry->pain_next_morning, TRUE))
        return invalid (error, _("a pain score is a whole number from 0 to 10"));
      return TRUE;

    case CALF_HISTORY_KIND_SELFTEST:
      if (entry->test > CALF_SELFTEST_HEEL_RAISE || entry->side > CALF_SIDE_BOTH)
        return invalid (error, _("unknown self-test"));
      if (!isfinite (entry->left) || !isfinite (entry->right) || entry->left < 0 || entry->right < 0 ||
          entry->left > CALF_HISTORY_MAX_COUNT || entry->right > CALF_HISTORY_MAX_COUNT ||
          (!isnan (entry->threshold) && (!isfinite (entry->threshold) || entry->threshold < 0)))
        return invalid (error, _("a self-test’s values are out of range"));
      return TRUE;

    case CALF_HISTORY_KIND_PAIN:
      if (!pain_ok (entry->pain, FALSE))
        return invalid (error, _("a pain score is a whole number from 0 to 10"));
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}
