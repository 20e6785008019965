/* fuzz-answers.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-fuzz"

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "calf-engine.h"
#include "fuzz-engine.h"

/*
 * libFuzzer target for the `--assess` answers reader: any bytes give
 * answers (which the engine then evaluates) or a CALF_ANSWERS_ERROR with a
 * message, never a crash, a hang, a leak or a GLib warning.
 */

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static CalfDatabase *database;
static CalfEngine *engine;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  calf_fuzz_engine_init (&database, &engine);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(CalfAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;

  answers = calf_answers_new_from_json (database, "fuzz.json", (const char *) data, (gssize) size, &error);
  g_assert ((answers == NULL) != (error == NULL));
  if (error != NULL)
    {
      g_assert (error->domain == CALF_ANSWERS_ERROR);
      g_assert (error->message != NULL && error->message[0] != '\0');
    }
  else
    {
      g_autoptr(CalfResult) result = calf_engine_evaluate (engine, answers);
      g_autofree char *json = calf_result_to_json (result);

      g_assert (json != NULL && json[0] == '{');
    }

  return 0;
}
