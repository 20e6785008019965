/* calf-json-check.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Limits that keep any input from exhausting the stack, memory or time. */
#define CALF_JSON_MAX_FILE_SIZE    (4 * 1024 * 1024)
#define CALF_JSON_MAX_DEPTH        32
#define CALF_JSON_MAX_STRING_BYTES (64 * 1024)

/*
 * Checks that @data is one strict RFC 8259 JSON text within the limits
 * above, without recursion, before json-glib (which is recursive and
 * lenient: it accepts comments, duplicate keys and trailing content)
 * sees it. Rejects invalid UTF-8, a byte order mark, duplicate keys in an
 * object, NUL characters and numbers that do not fit a double exactly
 * enough. On failure sets @line and @column (1-based, column in
 * characters) and a translated @message saying what is wrong.
 */
gboolean calf_json_check (const char  *data,
                          gsize        length,
                          guint       *line,
                          guint       *column,
                          char       **message);

G_END_DECLS
