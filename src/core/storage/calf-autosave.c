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
#include <unistd.h>

#include "calf-autosave.h"
#include "calf-json-reader.h"
#include "calf-safe-file.h"

char *
calf_autosave_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "calf-check", "assessment.json", NULL);
}

GBytes *
calf_autosave_serialize (CalfQuestionFlow *flow)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *serialized = NULL;
  char *data;
  gsize length = 0;

  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (flow), NULL);

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
  return g_bytes_new_take (data, length);
}

gboolean
calf_autosave_write (const char  *path,
                     GBytes      *data,
                     GError     **error)
{
  g_autofree char *folder = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: the first %s is a folder name, the second a system error
                    * message. */
                   _("Cannot create the folder “%s” to save the assessment: %s"),
                   folder, g_strerror (saved_errno));
      return FALSE;
    }

  /* Temporary file, flushed, renamed, folder flushed: a crash leaves
   * either the old save or the new one, never half. */
  return calf_safe_file_write (path, g_bytes_get_data (data, NULL), g_bytes_get_size (data), 0600, error);
}

gboolean
calf_autosave_save (const char        *path,
                    CalfQuestionFlow  *flow,
                    GError           **error)
{
  g_autoptr(GBytes) data = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (flow), FALSE);

  data = calf_autosave_serialize (flow);
  return calf_autosave_write (path, data, error);
}

static CalfQuestionFlow *
unreadable (const char  *path,
            const char  *why,
            GError     **error)
{
  /* The reader's messages start with the file name already. */
  if (g_str_has_prefix (why, path))
    g_set_error (error, CALF_QUESTION_FLOW_ERROR, CALF_QUESTION_FLOW_ERROR_PARSE,
                 /* Translators: %s says why; it starts with the file name. */
                 _("The saved assessment cannot be read: %s"), why);
  else
    g_set_error (error, CALF_QUESTION_FLOW_ERROR, CALF_QUESTION_FLOW_ERROR_PARSE,
                 /* Translators: the first %s is a file name, the second says why, e.g. "it was
                  * saved by a newer version of Calf Check". */
                 _("The saved assessment “%s” cannot be read: %s"), path, why);
  return NULL;
}

CalfQuestionFlow *
calf_autosave_load_bytes (const char  *name,
                          GBytes      *contents,
                          CalfEngine  *engine,
                          gint64      *saved_at,
                          GError     **error)
{
  static const char * const keys[] = { "*format", "*version", "saved-at", "*flow", NULL };
  g_autoptr(CalfJsonReader) reader = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(CalfQuestionFlow) flow = NULL;
  const char *format = NULL;
  gint64 version = 0;
  gint64 when = 0;
  JsonObject *object = NULL;
  JsonObject *flow_object = NULL;
  gsize saved;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (contents != NULL, NULL);
  g_return_val_if_fail (CALF_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = calf_json_reader_new (name);
  root = calf_json_parse (name, g_bytes_get_data (contents, NULL), g_bytes_get_size (contents),
                          &calf_json_limits_input, &local_error);
  if (root == NULL ||
      !calf_json_reader_object (reader, root, &object, &local_error) ||
      !calf_json_reader_member_string (reader, object, "format", &format, NULL, &local_error) ||
      !calf_json_reader_member_integer (reader, object, "version", &version, NULL, &local_error))
    return unreadable (name, local_error->message, error);

  if (g_strcmp0 (format, CALF_AUTOSAVE_FORMAT) != 0)
    /* Translators: a reason put into "The saved assessment “%s” cannot be read: %s". */
    return unreadable (name, _("it is not an assessment saved by Calf Check"), error);
  if (version > CALF_AUTOSAVE_VERSION)
    /* Translators: a reason put into "The saved assessment “%s” cannot be read: %s". */
    return unreadable (name, _("it was saved by a newer version of Calf Check"), error);
  if (version != CALF_AUTOSAVE_VERSION)
    /* Translators: a reason put into "The saved assessment “%s” cannot be read: %s". */
    return unreadable (name, _("it was saved in a format this version does not know"), error);

  if (!calf_json_reader_check_keys (reader, object, keys, &local_error) ||
      !calf_json_reader_member_integer (reader, object, "saved-at", &when, NULL, &local_error))
    return unreadable (name, local_error->message, error);

  saved = calf_json_reader_push_key (reader, "flow");
  if (calf_json_reader_object (reader, json_object_get_member (object, "flow"), &flow_object, &local_error))
    flow = calf_question_flow_new_from_json_object (engine, reader, flow_object, &local_error);
  calf_json_reader_pop (reader, saved);
  if (flow == NULL)
    return unreadable (name, local_error->message, error);

  if (saved_at != NULL)
    *saved_at = when;
  return g_steal_pointer (&flow);
}

CalfQuestionFlow *
calf_autosave_load (const char  *path,
                    CalfEngine  *engine,
                    gint64      *saved_at,
                    GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) contents = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (CALF_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("No assessment is saved"));
      return NULL;
    }

  /* Bounded: a huge or endless file is refused, not read whole. */
  contents = calf_json_read_path (path, calf_json_limits_input.max_bytes, &local_error);
  if (contents == NULL)
    return unreadable (path, local_error->message, error);

  return calf_autosave_load_bytes (path, contents, engine, saved_at, error);
}

char *
calf_autosave_set_aside (const char  *path,
                         GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *folder = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  folder = g_path_get_dirname (path);
  for (guint n = 0; n < 100; n++)
    {
      g_autofree char *name = n == 0
        ? g_strdup_printf ("assessment-unreadable-%s.json", stamp)
        : g_strdup_printf ("assessment-unreadable-%s-%u.json", stamp, n);
      g_autofree char *aside = g_build_filename (folder, name, NULL);

      /* link() never replaces an existing file, unlike rename(). */
      if (link (path, aside) == 0)
        {
          if (g_unlink (path) != 0)
            {
              int saved_errno = errno;

              g_unlink (aside);
              g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           /* Translators: the first %s is a file name, the second a system
                            * error message. "Move aside": rename it so that it is kept but no
                            * longer used. */
                           _("Cannot move the unreadable saved assessment “%s” aside: %s"),
                           path, g_strerror (saved_errno));
              return NULL;
            }
          return g_steal_pointer (&aside);
        }
      if (errno != EEXIST)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Cannot move the unreadable saved assessment “%s” aside: %s"),
                       path, g_strerror (saved_errno));
          return NULL;
        }
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               /* Translators: %s is a file name. "Move aside": rename it so that it is kept but
                * no longer used. */
               _("Cannot move the unreadable saved assessment “%s” aside: too many are kept already"), path);
  return NULL;
}

gboolean
calf_autosave_exists (const char *path)
{
  g_return_val_if_fail (path != NULL, FALSE);

  return g_file_test (path, G_FILE_TEST_EXISTS);
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
                   /* Translators: the first %s is a file name, the second a system error
                    * message. */
                   _("Cannot delete the saved assessment “%s”: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}
