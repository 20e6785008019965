/* calf-json-reader.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/*
 * The one way Calf Check reads JSON it did not write itself this second:
 * the condition database, `--assess` input, `--interview` lines, the
 * autosaved assessment. Three layers, each usable alone:
 *
 *  1. a bounded read: a file or stream is refused as soon as it grows past
 *     the limit, so /dev/zero or a huge file never fills memory;
 *  2. strict parsing: calf_json_check() (no recursion: nesting, size,
 *     duplicate keys, comments, trailing content, invalid UTF-8) before
 *     json-glib builds the tree, so json-glib never sees deep input;
 *  3. typed access with a JSON path, so every mistake is reported in the
 *     database validator's words: `NAME: json.path: what to fix`.
 */

#define CALF_JSON_ERROR (calf_json_error_quark ())

typedef enum
{
  CALF_JSON_ERROR_IO,        /* cannot read the file or stream */
  CALF_JSON_ERROR_TOO_LARGE, /* larger than the limit */
  CALF_JSON_ERROR_SYNTAX,    /* not strict JSON, or too deep */
  CALF_JSON_ERROR_SCHEMA,    /* a member missing, unknown or of the wrong type */
} CalfJsonError;

typedef struct
{
  gsize max_bytes;
  guint max_depth;
  gsize max_string_bytes;
} CalfJsonLimits;

/* The condition database: large files of text. */
extern const CalfJsonLimits calf_json_limits_database;
/* What a person or a script hands in: an assessment, a saved flow, one
 * interview line. A few hundred bytes each; 1 MiB is a mistake. */
extern const CalfJsonLimits calf_json_limits_input;

GQuark      calf_json_error_quark  (void);

/* Reads at most limits->max_bytes from @stream; more is an error. @name is
 * used in messages. */
GBytes     *calf_json_read_stream  (GInputStream         *stream,
                                    const char           *name,
                                    gsize                 max_bytes,
                                    GError              **error);
/* The same for a path; "-" is standard input. Refuses what is not a
 * regular file or a pipe before reading (a folder, a device). */
GBytes     *calf_json_read_path    (const char           *path,
                                    gsize                 max_bytes,
                                    GError              **error);

/* Strictly checks, then parses, one JSON text. Returns the root node.
 * Errors read "NAME:LINE:COLUMN: what is wrong". */
JsonNode   *calf_json_parse        (const char           *name,
                                    const char           *data,
                                    gsize                 length,
                                    const CalfJsonLimits *limits,
                                    GError              **error);

/* Typed access. A CalfJsonReader names the input and tracks the JSON path
 * to the value being read. */
typedef struct _CalfJsonReader CalfJsonReader;

CalfJsonReader *calf_json_reader_new        (const char      *name);
void            calf_json_reader_free       (CalfJsonReader  *reader);
const char     *calf_json_reader_get_name   (CalfJsonReader  *reader);
/* The current path, e.g. "replies[2].choice" ("" at the top). */
const char     *calf_json_reader_get_path   (CalfJsonReader  *reader);

/* Enter a member or an element; pop with the value returned. */
gsize           calf_json_reader_push_key   (CalfJsonReader  *reader,
                                             const char      *key);
gsize           calf_json_reader_push_index (CalfJsonReader  *reader,
                                             guint            index);
void            calf_json_reader_pop        (CalfJsonReader  *reader,
                                             gsize            saved);

/* Sets @error to "NAME: PATH: message" (CALF_JSON_ERROR_SCHEMA) and
 * returns FALSE. With @key, the path is PATH.key. */
gboolean        calf_json_reader_fail       (CalfJsonReader  *reader,
                                             const char      *key,
                                             GError         **error,
                                             const char      *format,
                                             ...) G_GNUC_PRINTF (4, 5);

/* @keys as "a, b, c" for a message, without the '*' of required keys. */
char           *calf_json_list_keys         (const char * const  *keys);
/* @keys is NULL-terminated; a leading '*' marks a required key. Fails on
 * the first unknown or missing key, naming the allowed ones. */
gboolean        calf_json_reader_check_keys (CalfJsonReader      *reader,
                                             JsonObject          *object,
                                             const char * const  *keys,
                                             GError             **error);

/* The node must be of the type; otherwise FALSE with an error naming the
 * path. Absent optional members (node == NULL) are not checked here:
 * the *_member helpers below handle absence. */
gboolean        calf_json_reader_object     (CalfJsonReader  *reader,
                                             JsonNode        *node,
                                             JsonObject     **out,
                                             GError         **error);
gboolean        calf_json_reader_array      (CalfJsonReader  *reader,
                                             JsonNode        *node,
                                             JsonArray      **out,
                                             GError         **error);
gboolean        calf_json_reader_string     (CalfJsonReader  *reader,
                                             JsonNode        *node,
                                             const char     **out,
                                             GError         **error);
gboolean        calf_json_reader_boolean    (CalfJsonReader  *reader,
                                             JsonNode        *node,
                                             gboolean        *out,
                                             GError         **error);
/* A finite number (whole or not). */
gboolean        calf_json_reader_number     (CalfJsonReader  *reader,
                                             JsonNode        *node,
                                             double          *out,
                                             GError         **error);
/* A whole number written without a decimal point. */
gboolean        calf_json_reader_integer    (CalfJsonReader  *reader,
                                             JsonNode        *node,
                                             gint64          *out,
                                             GError         **error);

/* Members: *@present (nullable) says whether the member was there; an
 * absent member leaves @out untouched and is not an error. */
gboolean        calf_json_reader_member_string  (CalfJsonReader  *reader,
                                                 JsonObject      *object,
                                                 const char      *key,
                                                 const char     **out,
                                                 gboolean        *present,
                                                 GError         **error);
gboolean        calf_json_reader_member_number  (CalfJsonReader  *reader,
                                                 JsonObject      *object,
                                                 const char      *key,
                                                 double          *out,
                                                 gboolean        *present,
                                                 GError         **error);
gboolean        calf_json_reader_member_integer (CalfJsonReader  *reader,
                                                 JsonObject      *object,
                                                 const char      *key,
                                                 gint64          *out,
                                                 gboolean        *present,
                                                 GError         **error);
gboolean        calf_json_reader_member_boolean (CalfJsonReader  *reader,
                                                 JsonObject      *object,
                                                 const char      *key,
                                                 gboolean        *out,
                                                 gboolean        *present,
                                                 GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalfJsonReader, calf_json_reader_free)

G_END_DECLS
