/* calf-json-lexer-private.h: the tokens of strict JSON, for calf-json-check.c.
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *data;
  const char *p;
  const char *end;
  const char *line_start;
  guint       line;
  guint       max_depth;
  gsize       max_string;
  /* Set on failure. */
  const char *error_at;
  guint       error_line;
  const char *error_line_start;
  char       *message;
} CalfJsonLexer;

typedef enum
{
  CALF_JSON_LITERAL_TRUE,
  CALF_JSON_LITERAL_FALSE,
  CALF_JSON_LITERAL_NULL,
} CalfJsonLiteral;

/* Each reads one token at lex->p and moves past it; on failure the lexer
 * holds the message and where it is (calf_json_lexer_fail). */
gboolean calf_json_lexer_fail            (CalfJsonLexer   *lex,
                                          const char      *at,
                                          const char      *format,
                                          ...) G_GNUC_PRINTF (3, 4);
void     calf_json_lexer_skip_whitespace (CalfJsonLexer   *lex);
gboolean calf_json_lexer_read_string     (CalfJsonLexer   *lex,
                                          GString         *decoded);
gboolean calf_json_lexer_read_number     (CalfJsonLexer   *lex,
                                          double          *value,
                                          gboolean        *is_integer);
gboolean calf_json_lexer_read_literal    (CalfJsonLexer   *lex,
                                          CalfJsonLiteral *literal);

G_END_DECLS
