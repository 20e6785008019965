/* calf-autosave.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-autosave"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "calf-autosave.h"

char *
calf_autosave_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "calf-check", "assessment.json", NULL);
}

gboolean
calf_autosave_save (const char        *path,
                    CalfQuestionFlow  *flow,
                    GError           **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *serialized = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (flow), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  serialized = calf_question_flow_serialize (flow);
  /* The flow's own output always parses. */
  if (!json_parser_load_from_data (parser, serialized, -1, NULL))
    g_assert_not_reached ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, CALF_AUTOSAVE_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, CALF_AUTOSAVE_VERSION);
  json_builder_set_member_name (builder, "saved-at");
  json_builder_add_int_value (builder, g_get_real_time () / G_USEC_PER_SEC);
  json_builder_set_member_name (builder, "flow");
  json_builder_add_value (builder, json_node_copy (json_parser_get_root (parser)));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, &length);

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot create the folder “%s” to save the assessment: %s"),
                   folder, g_strerror (saved_errno));
      return FALSE;
    }

  /* CONSISTENT writes a temporary file and renames it; DURABLE flushes it
   * first, so a crash leaves either the old or the new file, never half. */
  return g_file_set_contents_full (path, data, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

static CalfQuestionFlow *
unreadable (const char  *path,
            const char  *why,
            GError     **error)
{
  g_set_error (error, CALF_QUESTION_FLOW_ERROR, CALF_QUESTION_FLOW_ERROR_PARSE,
               _("The saved assessment “%s” cannot be read: %s"), path, why);
  return NULL;
}

CalfQuestionFlow *
calf_autosave_load (const char  *path,
                    CalfEngine  *engine,
                    gint64      *saved_at,
                    GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *flow_data = NULL;
  JsonObject *object;
  JsonNode *root;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (CALF_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("No assessment is saved"));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!json_parser_load_from_data (parser, contents, (gssize) length, &local_error))
    return unreadable (path, local_error->message, error);

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return unreadable (path, _("it is not a JSON object"), error);
  object = json_node_get_object (root);

  if (g_strcmp0 (json_object_get_string_member_with_default (object, "format", ""), CALF_AUTOSAVE_FORMAT) != 0 ||
      json_object_get_int_member_with_default (object, "version", 0) != CALF_AUTOSAVE_VERSION)
    return unreadable (path, _("it was saved in another format"), error);

  if (!json_object_has_member (object, "flow") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "flow")))
    return unreadable (path, _("the answers are missing"), error);

  if (saved_at != NULL)
    *saved_at = json_object_get_int_member_with_default (object, "saved-at", 0);

  json_generator_set_root (generator, json_object_get_member (object, "flow"));
  flow_data = json_generator_to_data (generator, NULL);

  return calf_question_flow_new_from_serialized (engine, flow_data, error);
}

gboolean
calf_autosave_exists (const char *path)
{
  g_return_val_if_fail (path != NULL, FALSE);

  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

gboolean
calf_autosave_clear (const char  *path,
                     GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot delete the saved assessment “%s”: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}
