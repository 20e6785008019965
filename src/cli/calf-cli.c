/* calf-cli.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <errno.h>
#include <stdio.h>

#include "calf-cli.h"

/*
 * The command line. Everything here runs in handle-local-options, in
 * calf-check, which links no GTK (main.c); so it needs no display, and
 * starts as fast as GLib and json-glib. Output goes to stdout only
 * once it is complete; problems go to stderr with exit status 2, and then
 * nothing is written to stdout.
 *
 * --assess, --format and --output belong to the engine (calf-cli-assess.c):
 * their entries are added to cli_options below and dispatched where
 * marked in calf_cli_handle_local_options().
 */

static const GOptionEntry cli_options[] = {
  { "list", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print the regions, findings, conditions or exercises of the database as JSON, and exit"),
    /* Translators: in --help, the placeholder for the argument of --list: regions, findings,
     * conditions or exercises. Usually in capitals. */
    N_("TYPE") },
  { "validate-database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check a database file or folder: print OK, or each problem, and exit"),
    /* Translators: in --help, the placeholder for a file or folder name after an option.
     * Usually in capitals. */
    N_("PATH") },
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use this database file or folder instead of the built-in one"),
    N_("PATH") },
  { "assess", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Assess the answers in FILE (- reads standard input) and print the result, and exit"),
    /* Translators: in --help, the placeholder for a file name after an option ("-" for standard
     * input or output). Usually in capitals. */
    N_("FILE") },
  { "interview", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Ask the questions without a window: plain words on a terminal, else one JSON object per "
       "line (see the README), and exit"),
    NULL },
  { "history", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the history of assessments, exercise sessions, self-tests and pain kept on this computer, "
       "and exit"),
    NULL },
  { "export-history", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the whole history to FILE as JSON (- is standard output), to move it to another computer, "
       "and exit"),
    N_("FILE") },
  { "import-history", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Add the entries of a history written by --export-history that are not here yet, and exit"),
    N_("FILE") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Format of the --assess or --history result: json (the default), text, markdown, html or pdf"),
    /* Translators: in --help, the placeholder for the argument of --format. Usually in
     * capitals. */
    N_("FORMAT") },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the --assess or --history result to PATH instead of standard output"),
    N_("PATH") },
  { NULL }
};

void
calf_cli_add_options (GApplication *app)
{
  g_return_if_fail (G_IS_APPLICATION (app));

  g_application_add_main_option_entries (app, cli_options);
}

CalfDatabase *
calf_cli_load_database (const char  *path,
                        GError     **error)
{
  if (path != NULL)
    return calf_database_new_for_path (path, error);
  return calf_database_new_default (error);
}

static void
print_error_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    g_printerr ("%s\n", lines[i]);
}

static int
validate_database (const char *path)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  if (calf_database_validate_path (path, problems))
    {
      fputs ("OK\n", stdout);
      fflush (stdout);
      return 0;
    }

  for (guint i = 0; i < problems->len; i++)
    print_error_lines (problems->pdata[i]);

  return CALF_CLI_EXIT_BAD_INPUT;
}

static void
add_ids (JsonBuilder *builder,
         const char  *name,
         GPtrArray   *records)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < records->len; i++)
    json_builder_add_string_value (builder, *(const char * const *) records->pdata[i]);
  json_builder_end_array (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
list_regions (JsonBuilder  *builder,
              CalfDatabase *db)
{
  GPtrArray *regions = calf_database_get_regions (db);

  for (guint i = 0; i < regions->len; i++)
    {
      const CalfRegion *region = regions->pdata[i];

      json_builder_begin_object (builder);
      add_string (builder, "id", region->id);
      add_string (builder, "name", region->name);
      add_string (builder, "anatomy", region->anatomy);
      add_ids (builder, "typical_conditions", region->typical_conditions);
      json_builder_end_object (builder);
    }
}

static void
list_findings (JsonBuilder  *builder,
               CalfDatabase *db)
{
  GPtrArray *findings = calf_database_get_findings (db);

  for (guint i = 0; i < findings->len; i++)
    {
      const CalfFinding *finding = findings->pdata[i];

      json_builder_begin_object (builder);
      add_string (builder, "id", finding->id);
      add_string (builder, "name", finding->label);
      add_string (builder, "type", calf_finding_type_to_string (finding->type));
      add_string (builder, "category", calf_finding_category_to_string (finding->category));
      if (finding->type == CALF_FINDING_NUMBER)
        {
          add_string (builder, "unit", finding->unit);
          json_builder_set_member_name (builder, "min");
          json_builder_add_double_value (builder, finding->min);
          json_builder_set_member_name (builder, "max");
          json_builder_add_double_value (builder, finding->max);
          json_builder_set_member_name (builder, "integer");
          json_builder_add_boolean_value (builder, finding->integer);
        }
      json_builder_set_member_name (builder, "red_flag");
      json_builder_add_boolean_value (builder, finding->red_flag);
      json_builder_set_member_name (builder, "answerable");
      json_builder_add_boolean_value (builder, finding->category != CALF_FINDING_CATEGORY_DERIVED);
      json_builder_end_object (builder);
    }
}

static void
list_conditions (JsonBuilder  *builder,
                 CalfDatabase *db)
{
  GPtrArray *conditions = calf_database_get_conditions (db);

  for (guint i = 0; i < conditions->len; i++)
    {
      const CalfCondition *condition = conditions->pdata[i];

      json_builder_begin_object (builder);
      add_string (builder, "id", condition->id);
      add_string (builder, "name", condition->name);
      add_string (builder, "summary", condition->summary);
      add_ids (builder, "references", condition->references);
      json_builder_end_object (builder);
    }
}

static void
list_exercises (JsonBuilder  *builder,
                CalfDatabase *db)
{
  GPtrArray *exercises = calf_database_get_exercises (db);

  for (guint i = 0; i < exercises->len; i++)
    {
      const CalfExercise *exercise = exercises->pdata[i];

      json_builder_begin_object (builder);
      add_string (builder, "id", exercise->id);
      add_string (builder, "name", exercise->name);
      add_string (builder, "kind", exercise->kind);
      add_string (builder, "purpose", exercise->purpose);
      json_builder_end_object (builder);
    }
}

static int
list_command (const char *database_path,
              const char *type)
{
  static const struct {
    const char *type;
    void (*list) (JsonBuilder *, CalfDatabase *);
  } lists[] = {
    { "regions", list_regions },
    { "findings", list_findings },
    { "conditions", list_conditions },
    { "exercises", list_exercises },
  };
  g_autoptr(CalfDatabase) db = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint which = G_N_ELEMENTS (lists);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      if (g_str_equal (lists[i].type, type))
        which = i;
    }

  if (which == G_N_ELEMENTS (lists))
    {
      /* Translators: %s is what was typed after --list. Keep --list and the list names in
       * English. */
      g_printerr (_("Unknown list “%s”: use --list regions, findings, conditions or exercises\n"), type);
      return CALF_CLI_EXIT_BAD_INPUT;
    }

  db = calf_cli_load_database (database_path, &error);
  if (db == NULL)
    {
      /* Translators: followed by one line for each problem found in the condition database
       * files. */
      g_printerr (_("The database could not be loaded:\n"));
      print_error_lines (error->message);
      return CALF_CLI_EXIT_BAD_INPUT;
    }

  builder = json_builder_new_immutable ();
  json_builder_begin_array (builder);
  lists[which].list (builder, db);
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);

  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);

  fputs (text, stdout);
  fputs ("\n", stdout);
  if (fflush (stdout) != 0)
    {
      /* Translators: %s is a system error message, e.g. "Broken pipe". */
      g_printerr (_("Could not write the list: %s\n"), g_strerror (errno));
      return 1;
    }

  return 0;
}

int
calf_cli_handle_local_options (GApplication *app,
                               GVariantDict *options)
{
  const char *list = NULL;
  const char *validate = NULL;
  const char *database = NULL;
  gboolean interview = FALSE;
  int status;

  g_return_val_if_fail (G_IS_APPLICATION (app), CALF_CLI_EXIT_BAD_INPUT);
  g_return_val_if_fail (options != NULL, CALF_CLI_EXIT_BAD_INPUT);

  g_variant_dict_lookup (options, "list", "&s", &list);
  g_variant_dict_lookup (options, "validate-database", "^&ay", &validate);
  g_variant_dict_lookup (options, "database", "^&ay", &database);
  g_variant_dict_lookup (options, "interview", "b", &interview);

  /* The commands' output is on stdout (JSON lines for --interview):
   * GLib's debug and info messages must not land in it. */
  if (validate != NULL || list != NULL || interview || g_variant_dict_contains (options, "assess"))
    g_log_writer_default_set_use_stderr (TRUE);

  if (validate != NULL && list != NULL)
    {
      g_printerr (_("Give either --validate-database or --list, not both\n"));
      return CALF_CLI_EXIT_BAD_INPUT;
    }

  if (validate != NULL)
    return validate_database (validate);

  if (list != NULL)
    return list_command (database, list);

  if (interview)
    {
      g_autoptr(CalfDatabase) db = NULL;
      g_autoptr(GError) error = NULL;

      if (g_variant_dict_contains (options, "assess") || list != NULL)
        {
          g_printerr (_("Give --interview alone (with --database if needed)\n"));
          return CALF_CLI_EXIT_BAD_INPUT;
        }
      db = calf_cli_load_database (database, &error);
      if (db == NULL)
        {
          g_printerr (_("The database could not be loaded:\n"));
          print_error_lines (error->message);
          return CALF_CLI_EXIT_BAD_INPUT;
        }
      return calf_cli_interview (db);
    }

  if (calf_cli_dispatch_history (options, database, &status))
    return status;

  /* Engine commands (--assess …) are dispatched here. */
  if (calf_cli_dispatch_assess (options, database, &status))
    return status;

  /* The window's: it reads --database itself. */
  return -1;
}
