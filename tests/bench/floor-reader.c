/* floor-reader.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The floor for `calf-check --assess` (run-ratios.py): a minimal GLib and
 * json-glib program that reads the same database files and prints how many
 * top-level members they hold. Whatever calf-check takes beyond this is
 * its own work: checking, evaluating, rendering, and what it links.
 */

#include <json-glib/json-glib.h>

int
main (int   argc,
      char *argv[])
{
  guint members = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      JsonNode *root;

      if (!json_parser_load_from_file (parser, argv[i], &error))
        {
          g_printerr ("%s: %s\n", argv[i], error->message);
          return 1;
        }
      root = json_parser_get_root (parser);
      if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
        members += json_object_get_size (json_node_get_object (root));
    }
  g_print ("%u\n", members);
  return 0;
}
