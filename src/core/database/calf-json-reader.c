/* calf-json-reader.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gunixinputstream.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <sys/stat.h>
#include <unistd.h>

#include "calf-json-check.h"
#include "calf-json-reader.h"

G_DEFINE_QUARK (calf-json-error-quark, calf_json_error)

const CalfJsonLimits calf_json_limits_database = {
  CALF_JSON_MAX_FILE_SIZE, CALF_JSON_MAX_DEPTH, CALF_JSON_MAX_STRING_BYTES,
};

const CalfJsonLimits calf_json_limits_input = {
  1024 * 1024, 16, 16 * 1024,
};

#define CHUNK 65536

GBytes *
calf_json_read_stream (GInputStream  *stream,
                       const char    *name,
                       gsize          max_bytes,
                       GError       **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (;;)
    {
      guint8 buffer[CHUNK];
      gssize n = g_input_stream_read (stream, buffer, sizeof buffer, NULL, &local_error);

      if (n < 0)
        {
          g_set_error (error, CALF_JSON_ERROR, CALF_JSON_ERROR_IO,
                       /* Translators: the first %s is a file name or "standard input", the
                        * second a system error message. */
                       _("%s: cannot read it: %s"), name, local_error->message);
          return NULL;
        }
      if (n == 0)
        break;

      /* Refuse while reading: never hold more than the limit and a chunk. */
      if ((gsize) n > max_bytes - MIN (data->len, max_bytes))
        {
          g_set_error (error, CALF_JSON_ERROR, CALF_JSON_ERROR_TOO_LARGE,
                       /* Translators: %s is a file name or "standard input", %lu a size in
                        * bytes. */
                       _("%s: larger than %lu bytes: this is not what Calf Check reads here"),
                       name, (unsigned long) max_bytes);
          return NULL;
        }
      g_byte_array_append (data, buffer, (guint) n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

GBytes *
calf_json_read_path (const char  *path,
                     gsize        max_bytes,
                     GError     **error)
{
  g_autoptr(GInputStream) stream = NULL;
  const char *name = path;
  struct stat st;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_str_equal (path, "-"))
    {
      name = _("standard input");
      fd = dup (STDIN_FILENO);
    }
  else
    fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY, 0);

  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, CALF_JSON_ERROR, CALF_JSON_ERROR_IO,
                   /* Translators: the first %s is a file name, the second a system error
                    * message. */
                   _("%s: cannot open it: %s"), name, g_strerror (saved_errno));
      return NULL;
    }

  /* Anything else (a pipe, a terminal, /dev/zero) is read up to the limit. */
  if (fstat (fd, &st) == 0 && S_ISDIR (st.st_mode))
    {
      close (fd);
      g_set_error (error, CALF_JSON_ERROR, CALF_JSON_ERROR_IO,
                   /* Translators: %s is a folder name; "-" is what the person types for
                    * standard input. */
                   _("%s: a folder, not a file: give a .json file, or - for standard input"), name);
      return NULL;
    }

  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && (guint64) st.st_size > max_bytes)
    {
      close (fd);
      g_set_error (error, CALF_JSON_ERROR, CALF_JSON_ERROR_TOO_LARGE,
                   _("%s: larger than %lu bytes: this is not what Calf Check reads here"),
                   name, (unsigned long) max_bytes);
      return NULL;
    }

  stream = g_unix_input_stream_new (fd, TRUE);
  return calf_json_read_stream (stream, name, max_bytes, error);
}

JsonNode *
calf_json_parse (const char           *name,
                 const char           *data,
                 gsize                 length,
                 const CalfJsonLimits *limits,
                 GError              **error)
{
  g_autofree char *message = NULL;
  guint line, column;
  JsonNode *root = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (limits != NULL, NULL);

  /* One pass: the strict check builds the tree. */
  if (!calf_json_check (data, length, limits->max_bytes, limits->max_depth, limits->max_string_bytes,
                        &root, &line, &column, &message))
    {
      if (line > 0)
        g_set_error (error, CALF_JSON_ERROR, CALF_JSON_ERROR_SYNTAX, "%s:%u:%u: %s", name, line, column, message);
      else
        g_set_error (error, CALF_JSON_ERROR, CALF_JSON_ERROR_SYNTAX, "%s: %s", name, message);
      return NULL;
    }

  return root;
}

/* --- typed access ------------------------------------------------------ */

struct _CalfJsonReader
{
  char    *name;
  GString *path;
};

CalfJsonReader *
calf_json_reader_new (const char *name)
{
  CalfJsonReader *reader;

  g_return_val_if_fail (name != NULL, NULL);

  reader = g_new0 (CalfJsonReader, 1);
  reader->name = g_strdup (name);
  reader->path = g_string_new (NULL);
  return reader;
}

void
calf_json_reader_free (CalfJsonReader *reader)
{
  if (reader == NULL)
    return;
  g_free (reader->name);
  g_string_free (reader->path, TRUE);
  g_free (reader);
}

const char *
calf_json_reader_get_name (CalfJsonReader *reader)
{
  g_return_val_if_fail (reader != NULL, NULL);
  return reader->name;
}

const char *
calf_json_reader_get_path (CalfJsonReader *reader)
{
  g_return_val_if_fail (reader != NULL, NULL);
  return reader->path->str;
}

gsize
calf_json_reader_push_key (CalfJsonReader *reader,
                           const char     *key)
{
  gsize saved;

  g_return_val_if_fail (reader != NULL, 0);
  g_return_val_if_fail (key != NULL, 0);

  saved = reader->path->len;
  if (saved > 0)
    g_string_append_c (reader->path, '.');
  g_string_append (reader->path, key);
  return saved;
}

gsize
calf_json_reader_push_index (CalfJsonReader *reader,
                             guint           index)
{
  gsize saved;

  g_return_val_if_fail (reader != NULL, 0);

  saved = reader->path->len;
  g_string_append_printf (reader->path, "[%u]", index);
  return saved;
}

void
calf_json_reader_pop (CalfJsonReader *reader,
                      gsize           saved)
{
  g_return_if_fail (reader != NULL);
  g_return_if_fail (saved <= reader->path->len);

  g_string_truncate (reader->path, saved);
}

gboolean
calf_json_reader_fail (CalfJsonReader  *reader,
                       const char      *key,
                       GError         **error,
                       const char      *format,
                       ...)
{
  g_autofree char *message = NULL;
  va_list args;
  gsize saved;

  g_return_val_if_fail (reader != NULL, FALSE);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  saved = key != NULL ? calf_json_reader_push_key (reader, key) : reader->path->len;
  if (reader->path->len > 0)
    g_set_error (error, CALF_JSON_ERROR, CALF_JSON_ERROR_SCHEMA, "%s: %s: %s",
                 reader->name, reader->path->str, message);
  else
    g_set_error (error, CALF_JSON_ERROR, CALF_JSON_ERROR_SCHEMA, "%s: %s", reader->name, message);
  calf_json_reader_pop (reader, saved);

  return FALSE;
}

char *
calf_json_list_keys (const char * const *keys)
{
  GString *list = g_string_new (NULL);

  g_return_val_if_fail (keys != NULL, NULL);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (list, ", ");
      g_string_append (list, keys[i][0] == '*' ? keys[i] + 1 : keys[i]);
    }
  return g_string_free (list, FALSE);
}

gboolean
calf_json_reader_check_keys (CalfJsonReader      *reader,
                             JsonObject          *object,
                             const char * const  *keys,
                             GError             **error)
{
  JsonObjectIter iter;
  const char *member;

  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (keys != NULL, FALSE);

  /* In the file's order, so the first unknown key is the one reported. */
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &member, NULL))
    {
      gboolean known = FALSE;

      for (guint i = 0; keys[i] != NULL && !known; i++)
        known = g_str_equal (keys[i][0] == '*' ? keys[i] + 1 : keys[i], member);
      if (!known)
        {
          g_autofree char *allowed = calf_json_list_keys (keys);

          return calf_json_reader_fail (reader, NULL, error,
                                        _("unknown key \"%s\": check the spelling; allowed keys here are %s"),
                                        member, allowed);
        }
    }

  for (guint i = 0; keys[i] != NULL; i++)
    {
      if (keys[i][0] == '*' && !json_object_has_member (object, keys[i] + 1))
        return calf_json_reader_fail (reader, NULL, error, _("missing required key \"%s\": add it"), keys[i] + 1);
    }

  return TRUE;
}

static GType
value_type (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
}

gboolean
calf_json_reader_object (CalfJsonReader  *reader,
                         JsonNode        *node,
                         JsonObject     **out,
                         GError         **error)
{
  g_return_val_if_fail (reader != NULL, FALSE);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return calf_json_reader_fail (reader, NULL, error, _("expected an object { … }"));
  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
calf_json_reader_array (CalfJsonReader  *reader,
                        JsonNode        *node,
                        JsonArray      **out,
                        GError         **error)
{
  g_return_val_if_fail (reader != NULL, FALSE);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return calf_json_reader_fail (reader, NULL, error, _("expected an array [ … ]"));
  *out = json_node_get_array (node);
  return TRUE;
}

gboolean
calf_json_reader_string (CalfJsonReader  *reader,
                         JsonNode        *node,
                         const char     **out,
                         GError         **error)
{
  g_return_val_if_fail (reader != NULL, FALSE);

  if (value_type (node) != G_TYPE_STRING)
    return calf_json_reader_fail (reader, NULL, error, _("expected text in double quotes"));
  *out = json_node_get_string (node);
  return TRUE;
}

gboolean
calf_json_reader_boolean (CalfJsonReader  *reader,
                          JsonNode        *node,
                          gboolean        *out,
                          GError         **error)
{
  g_return_val_if_fail (reader != NULL, FALSE);

  if (value_type (node) != G_TYPE_BOOLEAN)
    return calf_json_reader_fail (reader, NULL, error, _("expected true or false"));
  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
calf_json_reader_number (CalfJsonReader  *reader,
                         JsonNode        *node,
                         double          *out,
                         GError         **error)
{
  GType type = value_type (node);
  double value;

  g_return_val_if_fail (reader != NULL, FALSE);

  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return calf_json_reader_fail (reader, NULL, error, _("expected a number"));
  value = json_node_get_double (node);
  /* calf_json_check() already refuses overflowing numbers. */
  if (!isfinite (value))
    return calf_json_reader_fail (reader, NULL, error, _("expected a finite number"));
  *out = value;
  return TRUE;
}

gboolean
calf_json_reader_integer (CalfJsonReader  *reader,
                          JsonNode        *node,
                          gint64          *out,
                          GError         **error)
{
  g_return_val_if_fail (reader != NULL, FALSE);

  if (value_type (node) != G_TYPE_INT64)
    return calf_json_reader_fail (reader, NULL, error, _("expected a whole number written without a decimal point"));
  *out = json_node_get_int (node);
  return TRUE;
}

#define MEMBER_READER(name, ctype, node_reader)                                     \
gboolean                                                                            \
calf_json_reader_member_##name (CalfJsonReader  *reader,                            \
                                JsonObject      *object,                            \
                                const char      *key,                               \
                                ctype           *out,                               \
                                gboolean        *present,                           \
                                GError         **error)                             \
{                                                                                   \
  JsonNode *node;                                                                   \
  gboolean ok;                                                                      \
  gsize saved;                                                                      \
                                                                                    \
  g_return_val_if_fail (reader != NULL, FALSE);                                     \
  g_return_val_if_fail (object != NULL, FALSE);                                     \
  g_return_val_if_fail (key != NULL, FALSE);                                        \
                                                                                    \
  node = json_object_get_member (object, key);                                      \
  if (present != NULL)                                                              \
    *present = node != NULL;                                                        \
  if (node == NULL)                                                                 \
    return TRUE;                                                                    \
                                                                                    \
  saved = calf_json_reader_push_key (reader, key);                                  \
  ok = node_reader (reader, node, out, error);                                      \
  calf_json_reader_pop (reader, saved);                                             \
  return ok;                                                                        \
}

MEMBER_READER (string, const char *, calf_json_reader_string)
MEMBER_READER (number, double, calf_json_reader_number)
MEMBER_READER (integer, gint64, calf_json_reader_integer)
MEMBER_READER (boolean, gboolean, calf_json_reader_boolean)
