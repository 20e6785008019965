/* calf-answers-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-answers-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "calf-answers-page.h"
#include "calf-page-util.h"
#include "calf-row.h"
#include "calf-report.h"

/*
 * "Your Answers": every answer given so far, warning signs first, each row
 * opening its question to change it. The page only shows the flow; the
 * window that holds it decides what opening a row does.
 */

struct _CalfAnswersPage
{
  GtkWidget  parent_instance;

  GtkWidget *scrolled;
  GPtrArray *rows;   /* reply index → row (owned by the page) */
};

G_DEFINE_FINAL_TYPE (CalfAnswersPage, calf_answers_page, GTK_TYPE_WIDGET)

enum {
  REPLY_ACTIVATED,
  ABOUT_YOU_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_row_activated (CalfRow         *row,
                  CalfAnswersPage *self)
{
  g_signal_emit (self, signals[REPLY_ACTIVATED], 0,
                 GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "calf-index")));
}

static void
on_about_you_activated (CalfRow         *row,
                        CalfAnswersPage *self)
{
  g_signal_emit (self, signals[ABOUT_YOU_ACTIVATED], 0);
}

/* A row that opens its question. */
static GtkWidget *
add_row (GtkWidget  *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = calf_page_row_new (title, subtitle);

  calf_row_set_opens_page (CALF_ROW (row), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static char *
about_you_text (CalfAnswers *answers)
{
  double age = calf_answers_get_age (answers);
  CalfSex sex = calf_answers_get_sex (answers);
  gboolean female = sex == CALF_SEX_FEMALE;

  /* Whole sentences, so that translators can order them. */
  gulong years = age > 0 ? (gulong) round (age) : 0;

  if (age > 0 && sex != CALF_SEX_UNKNOWN)
    return g_strdup_printf (female
                              /* Translators: age and sex on "Your Answers": "54 years, female". */
                              ? g_dngettext (GETTEXT_PACKAGE, "%.0f year, female", "%.0f years, female", years)
                              /* Translators: age and sex on "Your Answers": "54 years, male". */
                              : g_dngettext (GETTEXT_PACKAGE, "%.0f year, male", "%.0f years, male", years),
                            age);
  if (age > 0)
    /* Translators: age on "Your Answers": "54 years". */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%.0f year", "%.0f years", years), age);
  if (sex != CALF_SEX_UNKNOWN)
    return g_strdup (female ? C_("sex", "Female") : C_("sex", "Male"));
  /* Translators: the value of the "Age and Sex" row of "Your Answers" when neither was given. */
  return g_strdup (_("Not given"));
}

static void
add_group (CalfAnswersPage  *self,
           GtkWidget        *content,
           CalfQuestionFlow *flow,
           const char       *heading,
           gboolean          warning_signs)
{
  GtkWidget *list = NULL;

  for (guint i = 0; i < calf_question_flow_get_n_replies (flow); i++)
    {
      const CalfReply *reply = calf_question_flow_get_reply (flow, i);
      g_autofree char *answer = NULL;
      GtkWidget *row;

      if (reply->question->red_flag_screen != warning_signs)
        continue;
      if (list == NULL)
        {
          calf_page_add_heading (content, heading, "title-4");
          list = calf_page_add_boxed_list (content);
        }
      answer = calf_report_reply_text (reply);
      row = add_row (list, reply->question->text, answer);
      g_object_set_data (G_OBJECT (row), "calf-index", GUINT_TO_POINTER (i));
      g_signal_connect (row, "activated", G_CALLBACK (on_row_activated), self);
      g_ptr_array_index (self->rows, i) = row;
    }
}

static void
calf_answers_page_dispose (GObject *object)
{
  CalfAnswersPage *self = CALF_ANSWERS_PAGE (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (calf_answers_page_parent_class)->dispose (object);
}

static void
calf_answers_page_class_init (CalfAnswersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = calf_answers_page_dispose;

  /* The index of the reply in the flow, for calf_question_flow_get_reply (). */
  signals[REPLY_ACTIVATED] =
    g_signal_new ("reply-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[ABOUT_YOU_ACTIVATED] =
    g_signal_new ("about-you-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "calf-answers-page");
  /* A container: GTK 4.8 would read an unnamed "widget" by its class name. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
calf_answers_page_init (CalfAnswersPage *self)
{
  self->rows = g_ptr_array_new ();
}

/**
 * calf_answers_page_new:
 * @flow: the assessment whose answers to list, as they are now
 */
GtkWidget *
calf_answers_page_new (CalfQuestionFlow *flow)
{
  CalfAnswersPage *self;
  GtkWidget *content;
  GtkWidget *list;
  GtkWidget *row;
  g_autofree char *about_you = NULL;

  g_return_val_if_fail (CALF_IS_QUESTION_FLOW (flow), NULL);

  self = g_object_new (CALF_TYPE_ANSWERS_PAGE, NULL);
  g_ptr_array_set_size (self->rows, calf_question_flow_get_n_replies (flow));

  self->scrolled = calf_page_scrolled_new (720, &content);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));

  calf_page_add_label (content,
                       _("Choose an answer to change it. The advice is worked out again from all your answers."),
                       NULL);

  add_group (self, content, flow, _("Warning Signs"), TRUE);

  calf_page_add_heading (content, _("About You"), "title-4");
  list = calf_page_add_boxed_list (content);
  about_you = about_you_text (calf_question_flow_get_answers (flow));
  row = add_row (list, _("Age and Sex"), about_you);
  g_signal_connect (row, "activated", G_CALLBACK (on_about_you_activated), self);

  add_group (self, content, flow, _("Your Pain"), FALSE);

  return GTK_WIDGET (self);
}

/* The row of reply @index, or NULL. */
GtkWidget *
calf_answers_page_get_row (CalfAnswersPage *self,
                           guint            index)
{
  g_return_val_if_fail (CALF_IS_ANSWERS_PAGE (self), NULL);

  return index < self->rows->len ? g_ptr_array_index (self->rows, index) : NULL;
}
