/* test-json-tree.c: the strict check builds the same tree json-glib would.
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-json-tree"

#include "config.h"

#include <string.h>

#include "calf-json-check.h"

/* Type by type, value by value, members in their order. */
static void
assert_same_tree (JsonNode   *ours,
                  JsonNode   *theirs,
                  const char *where)
{
  g_assert_nonnull (ours);
  g_assert_nonnull (theirs);
  if (JSON_NODE_TYPE (ours) != JSON_NODE_TYPE (theirs))
    g_error ("%s: node type %d, json-glib %d", where, JSON_NODE_TYPE (ours), JSON_NODE_TYPE (theirs));

  switch (JSON_NODE_TYPE (ours))
    {
    case JSON_NODE_OBJECT:
      {
        g_autoptr(GList) a = json_object_get_members (json_node_get_object (ours));
        g_autoptr(GList) b = json_object_get_members (json_node_get_object (theirs));

        g_assert_cmpuint (g_list_length (a), ==, g_list_length (b));
        for (GList *l = a, *m = b; l != NULL; l = l->next, m = m->next)
          {
            g_autofree char *inner = g_strdup_printf ("%s.%s", where, (const char *) l->data);

            g_assert_cmpstr (l->data, ==, m->data);
            assert_same_tree (json_object_get_member (json_node_get_object (ours), l->data),
                              json_object_get_member (json_node_get_object (theirs), m->data), inner);
          }
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *a = json_node_get_array (ours), *b = json_node_get_array (theirs);

        g_assert_cmpuint (json_array_get_length (a), ==, json_array_get_length (b));
        for (guint i = 0; i < json_array_get_length (a); i++)
          {
            g_autofree char *inner = g_strdup_printf ("%s[%u]", where, i);

            assert_same_tree (json_array_get_element (a, i), json_array_get_element (b, i), inner);
          }
      }
      break;
    case JSON_NODE_VALUE:
      g_assert_cmpstr (g_type_name (json_node_get_value_type (ours)), ==, g_type_name (json_node_get_value_type (theirs)));
      if (json_node_get_value_type (ours) == G_TYPE_STRING)
        g_assert_cmpstr (json_node_get_string (ours), ==, json_node_get_string (theirs));
      else if (json_node_get_value_type (ours) == G_TYPE_INT64)
        g_assert_cmpint (json_node_get_int (ours), ==, json_node_get_int (theirs));
      else if (json_node_get_value_type (ours) == G_TYPE_DOUBLE)
        g_assert_true (memcmp (&(double) { json_node_get_double (ours) },
                               &(double) { json_node_get_double (theirs) }, sizeof (double)) == 0);
      else
        g_assert_cmpint (json_node_get_boolean (ours), ==, json_node_get_boolean (theirs));
      break;
    case JSON_NODE_NULL:
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
assert_same_as_json_glib (const char *text,
                          gsize       length,
                          const char *name)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint line, column;

  if (!calf_json_check (text, length, 0, 0, 0, &root, &line, &column, &message))
    g_error ("%s: %u:%u: %s", name, line, column, message);
  g_assert_true (json_parser_load_from_data (parser, text, (gssize) length, &error));
  g_assert_no_error (error);

  assert_same_tree (root, json_parser_get_root (parser), name);
  /* Read-only, as json-glib's immutable parser leaves it. */
  g_assert_true (json_node_is_immutable (root));
}

static void
test_edge_values (void)
{
  static const char * const texts[] = {
    "0", "-0", "1", "-1", "9007199254740992", "-9007199254740992", "1.5", "-0.0", "1e3", "1E-3",
    "2.5e+2", "123456789.123456789", "true", "false", "null", "\"\"",
    "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"", "\"\\u00e9\\u20ac\\ud83d\\ude00\"", "\"Wadenschmerz ü ñ 🦵\"",
    "[]", "{}", "[[]]", "[{}]", "{\"a\":[]}", " [ 1 , \"two\" , [ 3 , { \"four\" : null } ] ] ",
    "{\"z\":1,\"a\":2,\"m\":{\"y\":[true,false],\"b\":\"x\"}}",
    "[\n\t{\"id\": \"back-of-knee\", \"weight\": 0.25, \"n\": 3}\r\n]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_same_as_json_glib (texts[i], strlen (texts[i]), texts[i]);
}

/* Every file of the shipped database. */
static void
test_database_files (void)
{
  g_autofree char *folder = g_build_filename (g_getenv ("CALF_SOURCE_DIR"), "data", "database", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *text = NULL;
      gsize length;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      g_assert_true (g_file_get_contents (path, &text, &length, NULL));
      assert_same_as_json_glib (text, length, name);
      n++;
    }
  g_assert_cmpuint (n, >, 3);
}

/* A text the check refuses gives no tree, wherever it fails. */
static void
test_refused_gives_no_tree (void)
{
  static const char * const texts[] = {
    "[1, 2,]", "{\"a\": 1, \"a\": 2}", "[1] 2", "{\"a\": [1, {\"b\": tru}]}", "[\"open",
    "{\"a\": 1 // no\n}", "[01]", "[9007199254740993]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      JsonNode *root = (JsonNode *) texts;   /* overwritten with NULL */
      g_autofree char *message = NULL;
      guint line, column;

      g_assert_false (calf_json_check (texts[i], strlen (texts[i]), 0, 0, 0, &root, &line, &column, &message));
      g_assert_null (root);
      g_assert_nonnull (message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-tree/edge-values", test_edge_values);
  g_test_add_func ("/json-tree/database-files", test_database_files);
  g_test_add_func ("/json-tree/refused-gives-no-tree", test_refused_gives_no_tree);

  return g_test_run ();
}
