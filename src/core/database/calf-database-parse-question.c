/* calf-database-parse-question.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-database"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "calf-database-private.h"

/* Pass 2 for questions: their text and help, their kind and the finding or
 * choices it sets, where they are asked and what they require. */

static void
check_answerable (CalfLoader        *loader,
                  const CalfFinding *finding,
                  const char        *key)
{
  gsize saved = calf_loader_push_key (loader, key);

  if (finding->category == CALF_FINDING_CATEGORY_DERIVED)
    calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                         /* Translators: %s is a finding id. A derived finding is worked out by
                          * the program from other answers, so no question may ask it. */
                         _("\"%s\" is derived by the engine and cannot be answered: ask about the findings it comes from"),
                         finding->id);

  calf_loader_pop (loader, saved);
}

static void
parse_choice_sets (CalfLoader *loader,
                   JsonObject *object,
                   CalfChoice *choice)
{
  JsonObject *sets = calf_loader_get_object (loader, object, "sets");
  g_autoptr(GList) members = NULL;
  gsize saved;

  choice->sets = calf_database_new_array (loader->db, sizeof (CalfFindingValue));
  if (sets == NULL)
    return;

  saved = calf_loader_push_key (loader, "sets");
  members = json_object_get_members (sets);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      gsize saved_key = calf_loader_push_key (loader, l->data);
      JsonNode *node = json_object_get_member (sets, l->data);
      CalfFindingValue value = { NULL, 0 };
      const CalfFinding *finding = NULL;

      if (!calf_id_is_valid (l->data))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: %s is what was given as a finding id, e.g.
                              * "felt-pop". */
                             _("\"%s\" is not a valid finding id"), (const char *) l->data);
      else
        finding = calf_loader_resolve (loader, CALF_COLLECTION_FINDINGS, l->data);

      if (finding != NULL && finding->category == CALF_FINDING_CATEGORY_DERIVED)
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: %s is a finding id. A derived finding is worked out
                              * by the program from other answers. */
                             _("\"%s\" is derived by the engine and cannot be set by an answer"), finding->id);
      else if (finding != NULL && finding->type == CALF_FINDING_BOOLEAN)
        {
          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
            calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                                 /* Translators: %s is a finding id; true and false are JSON
                                  * values: keep them in English. */
                                 _("\"%s\" is a yes/no finding: set it to true or false"), finding->id);
          else
            {
              value.finding = finding;
              value.value = json_node_get_boolean (node) ? 1.0 : 0.0;
            }
        }
      else if (finding != NULL &&
               calf_loader_node_number (loader, node, finding->min, finding->max, &value.value))
        {
          if (finding->integer && value.value != floor (value.value))
            calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                                 /* Translators: %s is a finding id, e.g. "duration-days". */
                                 _("\"%s\" takes whole numbers only"), finding->id);
          else
            value.finding = finding;
        }

      if (value.finding != NULL)
        g_array_append_val (choice->sets, value);

      calf_loader_pop (loader, saved_key);
    }

  calf_loader_pop (loader, saved);
}

static void
parse_choices (CalfLoader   *loader,
               JsonObject   *object,
               CalfQuestion *question)
{
  static const char * const keys[] = { "*id", "*label", "*sets", NULL };
  JsonArray *array = calf_loader_get_array (loader, object, "choices", TRUE);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  gsize saved;

  question->choices = calf_database_new_ptr_array (loader->db);
  if (array == NULL)
    return;

  if (json_array_get_length (array) < 2)
    {
      saved = calf_loader_push_key (loader, "choices");
      calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                           _("a choice question needs at least two choices"));
      calf_loader_pop (loader, saved);
    }

  saved = calf_loader_push_key (loader, "choices");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize saved_index = calf_loader_push_index (loader, i);
      JsonObject *choice_object = calf_loader_node_object (loader, json_array_get_element (array, i));

      if (choice_object != NULL)
        {
          CalfChoice *choice = calf_database_alloc (loader->db, sizeof (CalfChoice));

          calf_loader_check_keys (loader, choice_object, keys);
          choice->id = calf_loader_get_id (loader, choice_object, "id");
          choice->label = calf_loader_get_lay_text (loader, choice_object, "label");
          parse_choice_sets (loader, choice_object, choice);

          if (choice->id != NULL && !g_hash_table_add (ids, (char *) choice->id))
            calf_loader_problem (loader, CALF_DATABASE_ERROR_REFERENCE,
                                 /* Translators: %s is a choice id, e.g. "not-sure". */
                                 _("duplicate choice id \"%s\" in this question: give each choice its own id"),
                                 choice->id);
          g_ptr_array_add (question->choices, choice);
        }

      calf_loader_pop (loader, saved_index);
    }
  calf_loader_pop (loader, saved);
}

static void
parse_question_regions (CalfLoader   *loader,
                        JsonObject   *object,
                        CalfQuestion *question)
{
  JsonNode *node = json_object_get_member (object, "regions");

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      if (g_str_equal (json_node_get_string (node), "all"))
        {
          /* Shared, not copied: many "all" questions times many regions
           * must not multiply memory (the list is complete after pass 1). */
          question->regions = loader->db->lists[CALF_COLLECTION_REGIONS];
        }
      else
        {
          question->regions = calf_database_new_ptr_array (loader->db);
          gsize saved = calf_loader_push_key (loader, "regions");
          calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                               /* Translators: "all" is a JSON value: keep it in English. Region
                                * ids name areas of the leg, e.g. "mid-calf". */
                               _("expected \"all\" or an array of region ids"));
          calf_loader_pop (loader, saved);
        }
    }
  else
    question->regions = calf_loader_get_refs (loader, object, "regions", CALF_COLLECTION_REGIONS, TRUE);
}

void
calf_loader_parse_question (CalfLoader *loader,
                            CalfItem   *item)
{
  static const char * const keys[] = {
    "*id", "*text", "*help", "*kind", "finding", "choices", "*regions", "*red_flag_screen",
    "follow_up", "self_test", "core", "core_when", "*priority", "requires", "illustration", NULL
  };
  static const char * const help_keys[] = { "*why", "how", NULL };
  CalfQuestion *question = item->record;
  JsonObject *object = item->object;
  JsonObject *help;
  const char *kind;

  calf_loader_check_keys (loader, object, keys);
  question->text = calf_loader_get_lay_text (loader, object, "text");

  help = calf_loader_get_object (loader, object, "help");
  if (help != NULL)
    {
      gsize saved = calf_loader_push_key (loader, "help");

      calf_loader_check_keys (loader, help, help_keys);
      question->help_why = calf_loader_get_lay_text (loader, help, "why");
      question->help_how = calf_loader_get_text_array (loader, help, "how", FALSE);
      calf_loader_pop (loader, saved);
    }
  else
    question->help_how = calf_database_alloc (loader->db, sizeof (char *));

  kind = calf_loader_get_text (loader, object, "kind");
  if (kind != NULL)
    {
      if (g_str_equal (kind, "yes-no"))
        question->kind = CALF_QUESTION_YES_NO;
      else if (g_str_equal (kind, "choice"))
        question->kind = CALF_QUESTION_CHOICE;
      else if (g_str_equal (kind, "number"))
        question->kind = CALF_QUESTION_NUMBER;
      else
        {
          calf_loader_unknown_value (loader, "kind", kind, "\"yes-no\", \"choice\", \"number\"");
          kind = NULL;
        }
    }

  if (kind != NULL && question->kind == CALF_QUESTION_CHOICE)
    {
      if (json_object_has_member (object, "finding"))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: a choice question sets findings (facts about the
                              * person) in each of its choices. JSON keys in quotes stay in
                              * English. */
                             _("a choice question sets findings in its choices: remove \"finding\""));
      if (!json_object_has_member (object, "choices"))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: "choices" is a JSON key: keep it in English. */
                             _("a choice question needs \"choices\""));
      parse_choices (loader, object, question);
    }
  else if (kind != NULL)
    {
      if (json_object_has_member (object, "choices"))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: "choices" is a JSON key and "choice" a JSON value:
                              * keep them in English. */
                             _("only choice questions have \"choices\": remove it or make the kind \"choice\""));
      if (!json_object_has_member (object, "finding"))
        calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                             /* Translators: %s is the kind of question in English, "yes-no" or
                              * "number"; "finding" is a JSON key: keep it in English. */
                             _("a %s question needs \"finding\": the finding its answer sets"), kind);

      question->finding = calf_loader_get_ref (loader, object, "finding", CALF_COLLECTION_FINDINGS);
      if (question->finding != NULL)
        {
          CalfFindingType wanted = question->kind == CALF_QUESTION_YES_NO ? CALF_FINDING_BOOLEAN : CALF_FINDING_NUMBER;

          if (question->finding->type != wanted)
            {
              gsize saved = calf_loader_push_key (loader, "finding");
              calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                                   wanted == CALF_FINDING_BOOLEAN
                                   /* Translators: %s is a finding id. A yes/no finding is
                                    * answered yes or no, a number finding with a number. */
                                   ? _("a yes-no question needs a yes/no finding, \"%s\" is a number")
                                   /* Translators: %s is a finding id. A number finding is
                                    * answered with a number, a yes/no finding yes or no. */
                                   : _("a number question needs a number finding, \"%s\" is yes/no"),
                                   question->finding->id);
              calf_loader_pop (loader, saved);
            }
          check_answerable (loader, question->finding, "finding");
        }
    }

  if (question->choices == NULL)
    question->choices = calf_database_new_ptr_array (loader->db);

  parse_question_regions (loader, object, question);
  calf_loader_get_bool (loader, object, "red_flag_screen", &question->red_flag_screen);
  if (json_object_has_member (object, "follow_up"))
    calf_loader_get_bool (loader, object, "follow_up", &question->follow_up);
  if (json_object_has_member (object, "self_test"))
    calf_loader_get_bool (loader, object, "self_test", &question->self_test);
  if (json_object_has_member (object, "core"))
    calf_loader_get_bool (loader, object, "core", &question->core);
  question->core_when = calf_loader_get_rule (loader, object, "core_when");
  if (question->core && question->core_when != NULL)
    calf_loader_problem (loader, CALF_DATABASE_ERROR_SCHEMA,
                         /* Translators: "core" and "core_when" are JSON keys: keep them in
                          * English. A core question is asked of everyone; "core_when" holds a
                          * rule saying when it is asked early. */
                         _("give either \"core\": true (asked of everyone) or \"core_when\" (asked when it holds), not both"));
  calf_loader_get_int (loader, object, "priority", 0, 1000, &question->priority);
  question->requires = calf_loader_get_rule (loader, object, "requires");
  if (json_object_has_member (object, "illustration") &&
      calf_loader_file_name_ok (loader, object, "illustration", NULL))
    question->illustration = calf_loader_get_text (loader, object, "illustration");
}
