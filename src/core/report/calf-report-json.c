/* calf-report-json.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-report"

#include "config.h"

#include <json-glib/json-glib.h>

#include "calf-report-private.h"

/* The `--assess` result (calf_result_to_json) with the answers given, the
 * time of the assessment and the app's version added, so that a saved
 * file can be read by the same tools that read `--assess`. */

char *
calf_report_render_json (CalfReport *self)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *result_json = NULL;
  g_autofree char *created = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *answers;
  GPtrArray *entries;

  g_return_val_if_fail (CALF_IS_REPORT (self), NULL);

  result_json = calf_result_to_json (calf_report_get_result (self));
  if (!json_parser_load_from_data (parser, result_json, -1, &error))
    g_error ("calf_result_to_json() wrote invalid JSON: %s", error->message);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert (root != NULL);

  entries = calf_report_get_answers (self);
  answers = json_array_sized_new (entries->len);
  for (guint i = 0; i < entries->len; i++)
    {
      const CalfReportAnswer *entry = g_ptr_array_index (entries, i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "id", entry->id);
      json_object_set_string_member (object, "question", entry->question);
      json_object_set_string_member (object, "answer", entry->answer);
      json_array_add_object_element (answers, object);
    }
  json_object_set_array_member (root, "answers", answers);

  if (calf_report_get_progress_summary (self) != NULL)
    {
      GPtrArray *items = calf_report_get_progress_items (self);
      JsonObject *progress = json_object_new ();
      JsonArray *array = json_array_sized_new (items->len);

      json_object_set_string_member (progress, "summary", calf_report_get_progress_summary (self));
      for (guint i = 0; i < items->len; i++)
        {
          const CalfReportProgressItem *item = g_ptr_array_index (items, i);
          JsonObject *object = json_object_new ();

          json_object_set_string_member (object, "date", item->date);
          json_object_set_string_member (object, "title", item->title);
          json_object_set_string_member (object, "detail", item->detail);
          json_array_add_object_element (array, object);
        }
      json_object_set_array_member (progress, "entries", array);
      json_object_set_object_member (root, "progress", progress);
    }

  created = g_date_time_format_iso8601 (calf_report_get_created (self));
  json_object_set_string_member (root, "created", created);
  json_object_set_string_member (root, "app_version", calf_report_get_app_version (self));

  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}
