/* calf-json-check.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-database"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "calf-json-check.h"
#include "calf-json-lexer-private.h"

typedef enum
{
  EXPECT_VALUE,
  EXPECT_FIRST_KEY,
  EXPECT_KEY,
  AFTER_VALUE,
} State;

/* The tree built while checking, so that the bytes are read once: the
 * root is owned, each open container is borrowed from the node holding it. */
typedef struct
{
  JsonNode *root;
  gpointer  containers[CALF_JSON_MAX_DEPTH];   /* JsonObject or JsonArray */
} Tree;

/* Adds @node (owned) to the container open at @depth - 1, or as the root. */
static void
tree_add (Tree           *tree,
          int             depth,
          const gboolean *is_object,
          const char     *key,
          JsonNode       *node)
{
  if (depth == 0)
    tree->root = node;
  else if (is_object[depth - 1])
    json_object_set_member (tree->containers[depth - 1], key, node);
  else
    json_array_add_element (tree->containers[depth - 1], node);
}

static void
tree_open (Tree           *tree,
           int             depth,
           const gboolean *is_object,
           const char     *key)
{
  JsonNode *node = json_node_alloc ();

  if (is_object[depth])
    {
      g_autoptr(JsonObject) object = json_object_new ();

      json_node_init_object (node, object);
      tree->containers[depth] = object;
    }
  else
    {
      g_autoptr(JsonArray) array = json_array_new ();

      json_node_init_array (node, array);
      tree->containers[depth] = array;
    }
  tree_add (tree, depth, is_object, key, node);
}

/* Checks the text; with @tree, builds it too. */
static gboolean
check (CalfJsonLexer *lex,
       Tree          *tree)
{
  /* One entry per open container: without a tree to look keys up in, the
   * keys of an object (NULL for an array). The depth limit keeps this
   * fixed-size. */
  GHashTable *keys[CALF_JSON_MAX_DEPTH];
  gboolean is_object[CALF_JSON_MAX_DEPTH];
  int depth = 0;
  State state = EXPECT_VALUE;
  gboolean ok = TRUE;
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  while (ok)
    {
      calf_json_lexer_skip_whitespace (lex);

      if (state == AFTER_VALUE && depth == 0)
        {
          if (lex->p < lex->end)
            ok = calf_json_lexer_fail (lex, lex->p, _("unexpected content after the end of the JSON value: give exactly one JSON value"));
          break;
        }

      if (lex->p >= lex->end)
        {
          ok = calf_json_lexer_fail (lex, lex->p, _("unexpected end of file: the JSON is incomplete (check for a missing ] or })"));
          break;
        }

      /* Never valid outside text; a common mistake worth naming. */
      if (*lex->p == '/')
        {
          ok = calf_json_lexer_fail (lex, lex->p, _("comments are not allowed in JSON: remove it"));
          break;
        }

      switch (state)
        {
        case EXPECT_VALUE:
          if (*lex->p == '{' || *lex->p == '[')
            {
              if ((guint) depth >= lex->max_depth)
                {
                  /* Translators: %u is the deepest nesting allowed, e.g. 64. */
                  ok = calf_json_lexer_fail (lex, lex->p, _("nested more than %u levels deep: flatten the structure"),
                             lex->max_depth);
                  break;
                }
              is_object[depth] = *lex->p == '{';
              keys[depth] = is_object[depth] && tree == NULL ? g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) : NULL;
              if (tree != NULL)
                tree_open (tree, depth, is_object, key->str);
              depth++;
              lex->p++;
              state = is_object[depth - 1] ? EXPECT_FIRST_KEY : EXPECT_VALUE;

              /* An empty array closes at once. */
              if (!is_object[depth - 1])
                {
                  calf_json_lexer_skip_whitespace (lex);
                  if (lex->p < lex->end && *lex->p == ']')
                    {
                      lex->p++;
                      depth--;
                      state = AFTER_VALUE;
                    }
                }
            }
          else if (*lex->p == '"')
            {
              g_string_truncate (text, 0);
              ok = calf_json_lexer_read_string (lex, tree != NULL ? text : NULL);
              if (ok && tree != NULL)
                tree_add (tree, depth, is_object, key->str, json_node_init_string (json_node_alloc (), text->str));
              state = AFTER_VALUE;
            }
          else if (*lex->p == '-' || g_ascii_isdigit (*lex->p))
            {
              double value;
              gboolean is_integer;

              ok = calf_json_lexer_read_number (lex, &value, &is_integer);
              /* As json-glib reads them: whole numbers as integers. */
              if (ok && tree != NULL)
                tree_add (tree, depth, is_object, key->str,
                          is_integer ? json_node_init_int (json_node_alloc (), (gint64) value)
                                     : json_node_init_double (json_node_alloc (), value));
              state = AFTER_VALUE;
            }
          else if (*lex->p == ']' && depth > 0 && !is_object[depth - 1])
            ok = calf_json_lexer_fail (lex, lex->p, _("unexpected ] after a comma: remove the trailing comma"));
          else
            {
              CalfJsonLiteral literal;

              ok = calf_json_lexer_read_literal (lex, &literal);
              if (ok && tree != NULL)
                tree_add (tree, depth, is_object, key->str,
                          literal == CALF_JSON_LITERAL_NULL
                            ? json_node_init_null (json_node_alloc ())
                            : json_node_init_boolean (json_node_alloc (), literal == CALF_JSON_LITERAL_TRUE));
              state = AFTER_VALUE;
            }
          break;

        case EXPECT_FIRST_KEY:
        case EXPECT_KEY:
          if (*lex->p == '}' && state == EXPECT_FIRST_KEY)
            {
              lex->p++;
              depth--;
              g_clear_pointer (&keys[depth], g_hash_table_unref);
              state = AFTER_VALUE;
            }
          else if (*lex->p == '"')
            {
              const char *key_start = lex->p;

              g_string_truncate (key, 0);
              if (!(ok = calf_json_lexer_read_string (lex, key)))
                break;

              if (tree != NULL ? json_object_has_member (tree->containers[depth - 1], key->str)
                               : g_hash_table_contains (keys[depth - 1], key->str))
                {
                  /* Translators: %s is a JSON key, e.g. "label". */
                  ok = calf_json_lexer_fail (lex, key_start, _("key \"%s\" appears twice in the same object: keep only one"), key->str);
                  break;
                }
              if (keys[depth - 1] != NULL)
                g_hash_table_add (keys[depth - 1], g_strdup (key->str));

              calf_json_lexer_skip_whitespace (lex);
              if (lex->p >= lex->end || *lex->p != ':')
                {
                  ok = calf_json_lexer_fail (lex, lex->p, _("expected : after the key"));
                  break;
                }
              lex->p++;
              state = EXPECT_VALUE;
            }
          else if (*lex->p == '}')
            ok = calf_json_lexer_fail (lex, lex->p, _("unexpected } after a comma: remove the trailing comma"));
          else
            ok = calf_json_lexer_fail (lex, lex->p, _("expected a key in double quotes"));
          break;

        case AFTER_VALUE:
          g_assert (depth > 0);
          if (*lex->p == ',')
            {
              lex->p++;
              state = is_object[depth - 1] ? EXPECT_KEY : EXPECT_VALUE;
            }
          else if ((*lex->p == '}' && is_object[depth - 1]) ||
                   (*lex->p == ']' && !is_object[depth - 1]))
            {
              lex->p++;
              depth--;
              g_clear_pointer (&keys[depth], g_hash_table_unref);
              state = AFTER_VALUE;
            }
          else if (is_object[depth - 1])
            ok = calf_json_lexer_fail (lex, lex->p, _("expected , or } after a value in an object"));
          else
            ok = calf_json_lexer_fail (lex, lex->p, _("expected , or ] after a value in an array"));
          break;

        default:
          g_assert_not_reached ();
        }
    }

  while (depth > 0)
    {
      depth--;
      g_clear_pointer (&keys[depth], g_hash_table_unref);
    }

  return ok;
}

static void
position_of (const char *line_start,
             const char *at,
             guint      *column)
{
  /* Columns count characters, as editors show them. Invalid UTF-8 only
   * reaches here for the UTF-8 error itself, counted in bytes. */
  if (at != NULL && g_utf8_validate (line_start, at - line_start, NULL))
    *column = (guint) g_utf8_strlen (line_start, at - line_start) + 1;
  else
    *column = (guint) (at - line_start) + 1;
}

gboolean
calf_json_check (const char  *data,
                 gsize        length,
                 gsize        max_bytes,
                 guint        max_depth,
                 gsize        max_string_bytes,
                 JsonNode   **root,
                 guint       *line,
                 guint       *column,
                 char       **message)
{
  CalfJsonLexer lex = { 0 };
  Tree tree = { 0 };
  const char *invalid = NULL;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (line != NULL, FALSE);
  g_return_val_if_fail (column != NULL, FALSE);
  g_return_val_if_fail (message != NULL, FALSE);

  *line = 0;
  *column = 0;
  *message = NULL;
  if (root != NULL)
    *root = NULL;

  if (max_bytes == 0)
    max_bytes = CALF_JSON_MAX_FILE_SIZE;
  if (max_string_bytes == 0)
    max_string_bytes = CALF_JSON_MAX_STRING_BYTES;
  /* The checker keeps one slot per level on the stack. */
  if (max_depth == 0 || max_depth > CALF_JSON_MAX_DEPTH)
    max_depth = CALF_JSON_MAX_DEPTH;

  if (length > max_bytes)
    {
      /* Translators: %lu is a size in bytes. */
      *message = g_strdup_printf (_("file larger than %lu bytes: make it smaller or split it into several files"),
                                  (unsigned long) max_bytes);
      return FALSE;
    }

  lex.max_depth = max_depth;
  lex.max_string = max_string_bytes;
  lex.data = lex.p = lex.line_start = data != NULL ? data : "";
  lex.end = lex.data + length;
  lex.line = 1;

  if (!g_utf8_validate (lex.data, (gssize) length, &invalid))
    {
      const char *line_start = lex.data;
      guint n_line = 1;

      for (const char *p = lex.data; p < invalid; p++)
        {
          if (*p == '\n')
            {
              n_line++;
              line_start = p + 1;
            }
        }

      *line = n_line;
      position_of (line_start, invalid, column);
      /* No G_GSIZE_FORMAT inside _(): xgettext cannot expand it. */
      *message = g_strdup_printf (_("invalid UTF-8 at byte offset %lu: save the file as UTF-8"),
                                  (unsigned long) (invalid - lex.data));
      return FALSE;
    }

  if (length >= 3 && memcmp (lex.data, "\xEF\xBB\xBF", 3) == 0)
    {
      *line = 1;
      *column = 1;
      *message = g_strdup (_("the file starts with a byte order mark: save it as UTF-8 without BOM"));
      return FALSE;
    }

  calf_json_lexer_skip_whitespace (&lex);
  if (lex.p == lex.end)
    {
      *line = 1;
      *column = 1;
      *message = g_strdup (_("the input is empty: expected one JSON value"));
      return FALSE;
    }

  if (!check (&lex, root != NULL ? &tree : NULL))
    {
      g_clear_pointer (&tree.root, json_node_unref);
      *line = lex.error_line;
      position_of (lex.error_line_start, lex.error_at, column);
      *message = g_steal_pointer (&lex.message);
      return FALSE;
    }

  if (root != NULL)
    {
      /* Read-only from here, as json-glib's immutable parser leaves it. */
      json_node_seal (tree.root);
      *root = g_steal_pointer (&tree.root);
    }
  return TRUE;
}
