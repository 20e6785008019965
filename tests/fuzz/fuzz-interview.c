/* fuzz-interview.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-fuzz"

#include "config.h"

#include <stdint.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "calf-interview.h"
#include "fuzz-engine.h"

/*
 * libFuzzer target for the --interview line reader: the input is split
 * into lines, each fed to one interview. Every line out is one JSON object
 * with exactly one of "question", "error" or "result"; an error is always
 * followed by the same question; never a crash, a hang, a leak or a GLib
 * warning.
 */

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

#define MAX_LINES 64

static CalfDatabase *database;
static CalfEngine *engine;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  calf_fuzz_engine_init (&database, &engine);
  return 0;
}

/* The kind of a line out: "question", "error" or "result". */
static const char *
kind_of (const char *line)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *object;
  const char *kind = NULL;
  guint n = 0;

  json_parser_load_from_data (parser, line, -1, &error);
  g_assert_no_error (error);
  g_assert (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  object = json_node_get_object (json_parser_get_root (parser));
  if (json_object_has_member (object, "question"))
    kind = "question", n++;
  if (json_object_has_member (object, "error"))
    kind = "error", n++;
  if (json_object_has_member (object, "result"))
    kind = "result", n++;
  g_assert (n == 1);
  return kind;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(CalfInterview) interview = calf_interview_new (engine);
  const char *start = (const char *) data;
  const char *end = start + size;

  for (guint n = 0; start < end && n < MAX_LINES && !calf_interview_is_finished (interview); n++)
    {
      const char *newline = memchr (start, '\n', end - start);
      gsize length = (newline != NULL ? newline : end) - start;
      g_autoptr(GPtrArray) output = g_ptr_array_new_with_free_func (g_free);

      calf_interview_feed (interview, start, length, output);
      g_assert (output->len >= 1);
      for (guint i = 0; i < output->len; i++)
        {
          const char *kind = kind_of (g_ptr_array_index (output, i));

          /* An error is followed by the question again, once a flow runs. */
          if (g_str_equal (kind, "error") && calf_interview_get_flow (interview) != NULL)
            g_assert (i + 1 < output->len && g_str_equal (kind_of (g_ptr_array_index (output, i + 1)), "question"));
        }
      start = newline != NULL ? newline + 1 : end;
    }

  return 0;
}
