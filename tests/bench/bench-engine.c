/* bench-engine.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-bench"

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>

#include "calf-engine.h"

/*
 * Times the engine alone (no process start, no database load) on a
 * database: every vignette input of a folder is evaluated once per round,
 * and the median time per evaluation over the rounds is printed, with the
 * database's size, as one line of JSON for run-bench.py.
 *
 *   bench-engine DATABASE VIGNETTE_FOLDER ROUNDS
 */

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : (x > y ? 1 : 0);
}

static GPtrArray *
load_inputs (CalfDatabase *database,
             const char   *folder)
{
  GPtrArray *inputs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      CalfAnswers *answers;
      JsonObject *root;

      if (!g_str_has_suffix (name, ".json") || !json_parser_load_from_file (parser, path, NULL))
        continue;
      root = json_node_get_object (json_parser_get_root (parser));
      if (root == NULL || !json_object_has_member (root, "input"))
        continue;
      json_generator_set_root (generator, json_object_get_member (root, "input"));
      text = json_generator_to_data (generator, NULL);
      answers = calf_answers_new_from_json (database, NULL, text, -1, &error);
      if (answers == NULL)
        g_error ("%s: %s", name, error->message);
      g_ptr_array_add (inputs, answers);
    }

  return inputs;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CalfDatabase) database = NULL;
  g_autoptr(CalfEngine) engine = NULL;
  g_autoptr(GPtrArray) inputs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *rounds = NULL;
  guint n_rounds;
  gint64 start;
  double load_ms;

  if (argc != 4)
    {
      g_printerr ("Usage: %s DATABASE VIGNETTE_FOLDER ROUNDS\n", argv[0]);
      return 2;
    }

  start = g_get_monotonic_time ();
  database = calf_database_new_for_path (argv[1], &error);
  if (database == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  load_ms = (g_get_monotonic_time () - start) / 1000.0;

  engine = calf_engine_new (database);
  inputs = load_inputs (database, argv[2]);
  n_rounds = (guint) MAX (1, atoi (argv[3]));
  if (inputs->len == 0)
    {
      g_printerr ("%s: no vignettes\n", argv[2]);
      return 2;
    }

  rounds = g_new (double, n_rounds);
  for (guint r = 0; r < n_rounds; r++)
    {
      start = g_get_monotonic_time ();
      for (guint i = 0; i < inputs->len; i++)
        {
          g_autoptr(CalfResult) result = calf_engine_evaluate (engine, g_ptr_array_index (inputs, i));

          g_assert (calf_result_get_conditions (result)->len > 0);
        }
      rounds[r] = (double) (g_get_monotonic_time () - start) / inputs->len;
    }
  qsort (rounds, n_rounds, sizeof (double), compare_doubles);

  printf ("{\"conditions\": %u, \"findings\": %u, \"questions\": %u, \"evaluations\": %u, "
          "\"load_ms\": %.2f, \"median_us\": %.2f}\n",
          calf_database_get_conditions (database)->len, calf_database_get_findings (database)->len,
          calf_database_get_questions (database)->len, inputs->len * n_rounds, load_ms,
          rounds[n_rounds / 2]);
  return 0;
}
