/* calf-question-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-question-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "calf-illustration.h"
#include "calf-page-util.h"
#include "calf-question-page.h"

struct _CalfQuestionPage
{
  GtkWidget           parent_instance;

  const CalfQuestion *question;
  GtkSpinButton      *spin_button;     /* number questions, in answers_box */
  GtkWidget          *continue_button; /* number questions */

  /* Template widgets */
  GtkWidget          *scrolled_window;
  GtkLabel           *progress_label;
  GtkProgressBar     *progress_bar;
  guint               n_answered;
  GtkLabel           *question_label;
  CalfIllustration   *illustration;
  GtkWidget          *why_box;
  GtkLabel           *why_label;
  GtkWidget          *how_box;
  GtkWidget          *how_heading;
  GtkWidget          *answers_box;
  GtkWidget          *answers_button;
};

G_DEFINE_FINAL_TYPE (CalfQuestionPage, calf_question_page, GTK_TYPE_WIDGET)

enum {
  REPLIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_reply (CalfQuestionPage *self,
            CalfReplyKind     kind,
            const CalfChoice *choice,
            double            number)
{
  CalfReply reply = {
    .question = self->question,
    .kind = kind,
    .choice = choice,
    .number = number,
  };

  g_signal_emit (self, signals[REPLIED], 0, &reply);
}

static void
on_answer_clicked (GtkButton        *button,
                   CalfQuestionPage *self)
{
  CalfReplyKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "calf-reply-kind"));
  const CalfChoice *choice = g_object_get_data (G_OBJECT (button), "calf-choice");

  if (kind == CALF_REPLY_NUMBER)
    {
      gtk_spin_button_update (self->spin_button);
      emit_reply (self, kind, NULL, gtk_spin_button_get_value (self->spin_button));
      return;
    }

  emit_reply (self, kind, choice, 0);
}

/* Enter in the number entry continues (GtkSpinButton::activate is
 * newer than GTK 4.8). */
static gboolean
on_spin_enter (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  CalfQuestionPage *self = user_data;

  on_answer_clicked (GTK_BUTTON (self->continue_button), self);
  return TRUE;
}

static GtkWidget *
add_answer_button (CalfQuestionPage *self,
                   const char       *label,
                   gboolean          use_underline,
                   CalfReplyKind     kind,
                   const CalfChoice *choice,
                   gboolean          chosen)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *text = gtk_label_new (NULL);
  g_autofree char *plain = NULL;

  if (use_underline)
    gtk_label_set_text_with_mnemonic (GTK_LABEL (text), label);
  else
    gtk_label_set_text (GTK_LABEL (text), label);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  if (kind == CALF_REPLY_CHOICE)
    {
      /* A sentence to read, like a list: start-aligned, regular weight. */
      gtk_label_set_xalign (GTK_LABEL (text), 0);
      gtk_widget_add_css_class (button, "calf-choice");
    }
  else
    {
      gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_CENTER);
    }
  gtk_label_set_mnemonic_widget (GTK_LABEL (text), button);
  gtk_button_set_child (GTK_BUTTON (button), text);

  /* The mnemonic label names the button (labelled-by); a label property
   * as well would make screen readers say it twice. */
  plain = g_strdup (gtk_label_get_text (GTK_LABEL (text)));
  gtk_widget_add_css_class (button, "calf-answer");
  if (chosen)
    {
      /* Marked by style and in words, never by colour alone. */
      g_autofree char *tooltip = g_strdup_printf (_("“%s” is your current answer"), plain);

      gtk_widget_add_css_class (button, "suggested-action");
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      /* Translators: read by screen readers on the answer
                                       * button chosen before, when the person goes back to a
                                       * question. */
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Your current answer"),
                                      -1);
    }

  g_object_set_data (G_OBJECT (button), "calf-reply-kind", GINT_TO_POINTER (kind));
  g_object_set_data (G_OBJECT (button), "calf-choice", (gpointer) choice);
  g_signal_connect (button, "clicked", G_CALLBACK (on_answer_clicked), self);

  gtk_box_append (GTK_BOX (self->answers_box), button);
  return button;
}

/* A test the person does on themselves may need a helper or a moment
 * later: not being able to do it now is no uncertainty about a symptom. */
static const char *
not_sure_label (const CalfQuestion *question)
{
  /* Translators: an answer to a self-test question, such as measuring how far
   * the ankle bends; the underscore marks the access key */
  return question->self_test ? _("Can’t _check now") : _("Not _sure");
}

static void
build_number_entry (CalfQuestionPage *self,
                    const CalfReply  *previous)
{
  const CalfFinding *finding = self->question->finding;
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *unit = NULL;
  double step = finding->integer ? 1 : 0.5;
  double value = finding->min;

  self->spin_button = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (finding->min, finding->max, step));
  gtk_spin_button_set_digits (self->spin_button, finding->integer ? 0 : 1);
  gtk_spin_button_set_numeric (self->spin_button, TRUE);
  if (previous != NULL && previous->kind == CALF_REPLY_NUMBER)
    value = previous->number;
  gtk_spin_button_set_value (self->spin_button, value);
  gtk_widget_set_hexpand (GTK_WIDGET (self->spin_button), FALSE);
  {
    GtkEventController *shortcuts = gtk_shortcut_controller_new ();

    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Return, 0),
                                                                                         gtk_keyval_trigger_new (GDK_KEY_KP_Enter, 0)),
                                                            gtk_callback_action_new (on_spin_enter, self, NULL)));
    gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
    gtk_widget_add_controller (GTK_WIDGET (self->spin_button), shortcuts);
  }
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->spin_button));

  if (finding->unit != NULL)
    {
      unit = gtk_label_new (finding->unit);
      gtk_label_set_wrap (GTK_LABEL (unit), TRUE);
      gtk_label_set_xalign (GTK_LABEL (unit), 0);
      gtk_box_append (GTK_BOX (row), unit);
    }

  {
    g_autofree char *range = NULL;
    g_autofree char *name = NULL;

    if (finding->unit != NULL)
      /* Translators: the range a number answer accepts, e.g. "From 0 to 30 cm": the lowest, the
       * highest and the unit. */
      range = g_strdup_printf (_("From %g to %g %s"), finding->min, finding->max, finding->unit);
    else
      /* Translators: the range a number answer accepts: the lowest and the highest, e.g. "From
       * 0 to 10". */
      range = g_strdup_printf (_("From %g to %g"), finding->min, finding->max);
    name = g_strdup_printf ("%s (%s)", finding->label, range);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->spin_button), range);
  }

  gtk_box_append (GTK_BOX (self->answers_box), row);
  self->continue_button = add_answer_button (self, _("_Continue"), TRUE, CALF_REPLY_NUMBER, NULL, FALSE);
  gtk_widget_add_css_class (self->continue_button, "suggested-action");
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

static void
calf_question_page_dispose (GObject *object)
{
  CalfQuestionPage *self = CALF_QUESTION_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CALF_TYPE_QUESTION_PAGE);

  G_OBJECT_CLASS (calf_question_page_parent_class)->dispose (object);
}

static void
calf_question_page_class_init (CalfQuestionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = calf_question_page_dispose;

  /**
   * CalfQuestionPage::replied:
   * @self: the page
   * @reply: (type gpointer): the `const CalfReply *`, valid during emission
   */
  signals[REPLIED] =
    g_signal_new ("replied",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);

  g_type_ensure (CALF_TYPE_ILLUSTRATION);

  gtk_widget_class_set_template_from_resource (widget_class, APPLICATION_RESOURCE_PATH "/calf-question-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CalfQuestionPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, CalfQuestionPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, CalfQuestionPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CalfQuestionPage, question_label);
  gtk_widget_class_bind_template_child (widget_class, CalfQuestionPage, illustration);
  gtk_widget_class_bind_template_child (widget_class, CalfQuestionPage, why_box);
  gtk_widget_class_bind_template_child (widget_class, CalfQuestionPage, why_label);
  gtk_widget_class_bind_template_child (widget_class, CalfQuestionPage, how_box);
  gtk_widget_class_bind_template_child (widget_class, CalfQuestionPage, how_heading);
  gtk_widget_class_bind_template_child (widget_class, CalfQuestionPage, answers_box);
  gtk_widget_class_bind_template_child (widget_class, CalfQuestionPage, answers_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "calf-question-page");
  /* A container: GTK 4.8 would read an unnamed "widget" by its class name. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
calf_question_page_init (CalfQuestionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  calf_page_fix_mnemonic_name (self->answers_button);
}

GtkWidget *
calf_question_page_new (void)
{
  return g_object_new (CALF_TYPE_QUESTION_PAGE, NULL);
}

void
calf_question_page_set_question (CalfQuestionPage   *self,
                                 const CalfQuestion *question,
                                 const CalfReply    *previous,
                                 guint               remaining)
{
  g_autofree char *progress = NULL;
  CalfReplyKind chosen_kind = (CalfReplyKind) -1;
  GtkAdjustment *adjustment;
  GtkWidget *last_step;

  g_return_if_fail (CALF_IS_QUESTION_PAGE (self));
  g_return_if_fail (question != NULL);

  self->question = question;
  self->spin_button = NULL;
  self->continue_button = NULL;
  if (previous != NULL && previous->question == question)
    chosen_kind = previous->kind;
  else
    previous = NULL;

  /* The question on screen counts as one left. */
  remaining = MAX (remaining, 1);
  /* Translators: an estimate; the number of questions adapts to the answers */
  progress = g_strdup_printf (ngettext ("About %u question left",
                                        "About %u questions left",
                                        remaining),
                              remaining);
  gtk_label_set_label (self->progress_label, progress);
  /* The questions behind over all of them, as far as the estimate goes. */
  gtk_progress_bar_set_fraction (self->progress_bar,
                                 (double) self->n_answered / (double) (self->n_answered + remaining));

  gtk_label_set_label (self->question_label, question->text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->answers_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, question->text,
                                  -1);

  calf_illustration_set_file_name (self->illustration, question->illustration);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->illustration),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Drawing of how to check, as the steps below describe"),
                                  -1);

  gtk_label_set_label (self->why_label, question->help_why != NULL ? question->help_why : "");
  gtk_widget_set_visible (self->why_box, question->help_why != NULL && *question->help_why != '\0');

  /* The steps go into how_box itself, after its heading: GTK 4.8 keeps the
   * request mode a box worked out while it was empty, so a box of its own,
   * emptied and filled again, would be measured as if its wrapped steps
   * were one line each and they would run over the answers below. */
  for (GtkWidget *child = gtk_widget_get_next_sibling (self->how_heading), *next; child != NULL; child = next)
    {
      next = gtk_widget_get_next_sibling (child);
      if (g_object_get_data (G_OBJECT (child), "calf-step") != NULL)
        gtk_box_remove (GTK_BOX (self->how_box), child);
    }
  last_step = self->how_heading;
  for (guint i = 0; question->help_how != NULL && question->help_how[i] != NULL; i++)
    {
      /* Translators: a numbered step: "1. Stand facing a wall…" */
      g_autofree char *text = g_strdup_printf (_("%u. %s"), i + 1, question->help_how[i]);
      GtkWidget *step = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (step), TRUE);
      gtk_label_set_xalign (GTK_LABEL (step), 0);
      g_object_set_data (G_OBJECT (step), "calf-step", GINT_TO_POINTER (TRUE));
      gtk_box_insert_child_after (GTK_BOX (self->how_box), step, last_step);
      last_step = step;
    }
  gtk_widget_set_visible (self->how_box, question->help_how != NULL && question->help_how[0] != NULL);

  clear_box (self->answers_box);
  switch (question->kind)
    {
    case CALF_QUESTION_YES_NO:
      add_answer_button (self, _("_Yes"), TRUE, CALF_REPLY_YES, NULL, chosen_kind == CALF_REPLY_YES);
      add_answer_button (self, _("_No"), TRUE, CALF_REPLY_NO, NULL, chosen_kind == CALF_REPLY_NO);
      add_answer_button (self, not_sure_label (question), TRUE, CALF_REPLY_NOT_SURE, NULL,
                         chosen_kind == CALF_REPLY_NOT_SURE);
      break;

    case CALF_QUESTION_CHOICE:
      for (guint i = 0; i < question->choices->len; i++)
        {
          const CalfChoice *choice = g_ptr_array_index (question->choices, i);

          add_answer_button (self, choice->label, FALSE, CALF_REPLY_CHOICE, choice,
                             previous != NULL && previous->choice == choice);
        }
      break;

    case CALF_QUESTION_NUMBER:
      build_number_entry (self, previous);
      add_answer_button (self, not_sure_label (question), TRUE, CALF_REPLY_NOT_SURE, NULL,
                         chosen_kind == CALF_REPLY_NOT_SURE);
      break;

    default:
      g_assert_not_reached ();
    }

  /* A new question starts at the top. */
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled_window));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

const CalfQuestion *
calf_question_page_get_question (CalfQuestionPage *self)
{
  g_return_val_if_fail (CALF_IS_QUESTION_PAGE (self), NULL);

  return self->question;
}

GtkWidget *
calf_question_page_get_answer_button (CalfQuestionPage *self,
                                      CalfReplyKind     kind,
                                      const char       *choice_id)
{
  g_return_val_if_fail (CALF_IS_QUESTION_PAGE (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (self->answers_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const CalfChoice *choice;

      if (!GTK_IS_BUTTON (child))
        continue;
      if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (child), "calf-reply-kind")) != (int) kind)
        continue;

      choice = g_object_get_data (G_OBJECT (child), "calf-choice");
      if (kind != CALF_REPLY_CHOICE || (choice != NULL && g_strcmp0 (choice->id, choice_id) == 0))
        return child;
    }

  return NULL;
}

GtkSpinButton *
calf_question_page_get_spin_button (CalfQuestionPage *self)
{
  g_return_val_if_fail (CALF_IS_QUESTION_PAGE (self), NULL);

  return self->spin_button;
}

const char *
calf_question_page_get_progress_text (CalfQuestionPage *self)
{
  g_return_val_if_fail (CALF_IS_QUESTION_PAGE (self), NULL);

  return gtk_label_get_label (self->progress_label);
}

void
calf_question_page_focus_answers (CalfQuestionPage *self)
{
  GtkRoot *root;

  g_return_if_fail (CALF_IS_QUESTION_PAGE (self));

  /* From a focus already among the answers, Tab forward would skip one. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (root != NULL)
    gtk_root_set_focus (root, NULL);
  gtk_widget_child_focus (self->answers_box, GTK_DIR_TAB_FORWARD);
}

/**
 * calf_question_page_set_answered:
 * @self: a #CalfQuestionPage
 * @n_answered: how many questions come before this one
 *
 * Sets how far along the progress bar is, with the estimate of the next
 * calf_question_page_set_question ().
 */
void
calf_question_page_set_answered (CalfQuestionPage *self,
                                 guint             n_answered)
{
  g_return_if_fail (CALF_IS_QUESTION_PAGE (self));

  self->n_answered = n_answered;
}

double
calf_question_page_get_progress (CalfQuestionPage *self)
{
  g_return_val_if_fail (CALF_IS_QUESTION_PAGE (self), 0);

  return gtk_progress_bar_get_fraction (self->progress_bar);
}
