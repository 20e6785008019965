/* calf-json-check.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Limits that keep any input from exhausting the stack, memory or time:
 * the database's; other inputs pass tighter ones (calf-json-reader.h).
 * No input may nest deeper than CALF_JSON_MAX_DEPTH. */
#define CALF_JSON_MAX_FILE_SIZE    (4 * 1024 * 1024)
#define CALF_JSON_MAX_DEPTH        32
#define CALF_JSON_MAX_STRING_BYTES (64 * 1024)

/*
 * Checks that @data is one strict RFC 8259 JSON text within the limits
 * (@max_bytes, @max_depth up to CALF_JSON_MAX_DEPTH, @max_string_bytes;
 * 0 means the database limit above), without recursion, and when @root is
 * not %NULL builds its tree in the same pass (sealed, integers as gint64
 * and other numbers as double, as json-glib's parser would; json-glib's
 * parser is recursive and lenient: it accepts comments, duplicate keys and
 * trailing content). Rejects invalid UTF-8, a byte order mark, duplicate keys in an
 * object, NUL characters and numbers that do not fit a double exactly
 * enough. On failure sets @line and @column (1-based, column in
 * characters) and a translated @message saying what is wrong.
 */
gboolean calf_json_check (const char  *data,
                          gsize        length,
                          gsize        max_bytes,
                          guint        max_depth,
                          gsize        max_string_bytes,
                          JsonNode   **root,
                          guint       *line,
                          guint       *column,
                          char       **message);

G_END_DECLS
