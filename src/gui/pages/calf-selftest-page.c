/* calf-selftest-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-selftest-page"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-page-util.h"
#include "calf-illustration.h"
#include "calf-selftest-page.h"
#include "calf-session-page.h"

struct _CalfSelftestPage
{
  AdwBin              parent_instance;

  CalfDatabase       *database;
  CalfSelftestKind    kind;
  CalfSide            affected;
  double              age;
  CalfSex             sex;
  CalfSelftestResult *result;

  /* Template widgets */
  CalfIllustration   *illustration;
  GtkLabel           *title_label;
  GtkLabel           *why_label;
  GtkBox             *steps_box;
  AdwActionRow       *left_row;
  AdwActionRow       *right_row;
  GtkSpinButton      *left_spin;
  GtkSpinButton      *right_spin;
  GtkButton          *show_button;
  GtkButton          *apply_button;
  GtkBox             *result_box;
  GtkLabel           *flag_label;
  GtkLabel           *summary_label;
};

G_DEFINE_FINAL_TYPE (CalfSelftestPage, calf_selftest_page, ADW_TYPE_BIN)

enum {
  APPLY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
add_step (CalfSelftestPage *self,
          guint             number,
          const char       *text)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  GtkWidget *badge = gtk_label_new (number_text);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (badge, "calf-step-number");
  gtk_widget_add_css_class (badge, "numeric");
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);

  gtk_box_append (GTK_BOX (row), badge);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (self->steps_box, row);
}

static void
clear_result (CalfSelftestPage *self)
{
  g_clear_pointer (&self->result, calf_selftest_result_free);
  gtk_widget_set_visible (GTK_WIDGET (self->result_box), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "selftest.apply", FALSE);
}

static void
on_value_changed (CalfSelftestPage *self)
{
  clear_result (self);
}

const CalfSelftestResult *
calf_selftest_page_evaluate (CalfSelftestPage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CALF_IS_SELFTEST_PAGE (self), NULL);

  clear_result (self);
  gtk_spin_button_update (self->left_spin);
  gtk_spin_button_update (self->right_spin);

  self->result = calf_selftest_evaluate (self->database, self->kind,
                                         gtk_spin_button_get_value (self->left_spin),
                                         gtk_spin_button_get_value (self->right_spin),
                                         self->affected, self->age, self->sex, &error);
  gtk_widget_remove_css_class (GTK_WIDGET (self->flag_label), "calf-selftest-flag");

  if (self->result == NULL)
    {
      /* Translators: the heading above the self-test's summary when a number typed is out of
       * range; the error follows. */
      gtk_label_set_label (self->flag_label, _("Check the numbers"));
      gtk_label_set_label (self->summary_label, error->message);
    }
  else
    {
      gboolean stands_out = self->result->left_flagged || self->result->right_flagged ||
                            self->result->side_difference;

      gtk_label_set_label (self->flag_label,
                           /* Translators: the heading above the self-test's summary when a
                            * result is lower than usual or the legs differ. */
                           stands_out ? _("Something stands out") : _("Nothing stands out in this test"));
      if (stands_out)
        gtk_widget_add_css_class (GTK_WIDGET (self->flag_label), "calf-selftest-flag");
      gtk_label_set_label (self->summary_label, self->result->summary);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "selftest.apply", TRUE);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->result_box), TRUE);
  return self->result;
}

/* Check pressed: the result is below the fold on a small window. Move
 * the focus to it (the scroll pane follows), with the summary said. */
static void
evaluate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CalfSelftestPage *self = CALF_SELFTEST_PAGE (widget);
  const CalfSelftestResult *result = calf_selftest_page_evaluate (self);
  g_autofree char *said = g_strdup_printf ("%s. %s", gtk_label_get_label (self->flag_label),
                                           gtk_label_get_label (self->summary_label));

  if (result == NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->left_spin));
      return;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->apply_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, said,
                                  -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->apply_button));
#if GTK_CHECK_VERSION (4, 14, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_accessible_announce (GTK_ACCESSIBLE (self->apply_button), said, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
  G_GNUC_END_IGNORE_DEPRECATIONS
#endif
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CalfSelftestPage *self = CALF_SELFTEST_PAGE (widget);

  if (calf_selftest_page_evaluate (self) != NULL)
    g_signal_emit (self, signals[APPLY], 0, self->result);
}

static void
calf_selftest_page_dispose (GObject *object)
{
  CalfSelftestPage *self = CALF_SELFTEST_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CALF_TYPE_SELFTEST_PAGE);

  G_OBJECT_CLASS (calf_selftest_page_parent_class)->dispose (object);
}

static void
calf_selftest_page_finalize (GObject *object)
{
  CalfSelftestPage *self = CALF_SELFTEST_PAGE (object);

  g_clear_pointer (&self->result, calf_selftest_result_free);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (calf_selftest_page_parent_class)->finalize (object);
}

static void
calf_selftest_page_class_init (CalfSelftestPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = calf_selftest_page_dispose;
  object_class->finalize = calf_selftest_page_finalize;

  /* "Use These Results": the result (a CalfSelftestResult *, valid
   * during the emission). */
  signals[APPLY] =
    g_signal_new ("apply", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  g_type_ensure (CALF_TYPE_ILLUSTRATION);

  gtk_widget_class_set_template_from_resource (widget_class, APPLICATION_RESOURCE_PATH "/calf-selftest-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CalfSelftestPage, illustration);
  gtk_widget_class_bind_template_child (widget_class, CalfSelftestPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, CalfSelftestPage, why_label);
  gtk_widget_class_bind_template_child (widget_class, CalfSelftestPage, steps_box);
  gtk_widget_class_bind_template_child (widget_class, CalfSelftestPage, left_row);
  gtk_widget_class_bind_template_child (widget_class, CalfSelftestPage, right_row);
  gtk_widget_class_bind_template_child (widget_class, CalfSelftestPage, left_spin);
  gtk_widget_class_bind_template_child (widget_class, CalfSelftestPage, right_spin);
  gtk_widget_class_bind_template_child (widget_class, CalfSelftestPage, show_button);
  gtk_widget_class_bind_template_child (widget_class, CalfSelftestPage, apply_button);
  gtk_widget_class_bind_template_child (widget_class, CalfSelftestPage, result_box);
  gtk_widget_class_bind_template_child (widget_class, CalfSelftestPage, flag_label);
  gtk_widget_class_bind_template_child (widget_class, CalfSelftestPage, summary_label);

  gtk_widget_class_install_action (widget_class, "selftest.evaluate", NULL, evaluate_action);
  gtk_widget_class_install_action (widget_class, "selftest.apply", NULL, apply_action);
}

static void
calf_selftest_page_init (CalfSelftestPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  calf_page_fix_mnemonic_name (GTK_WIDGET (self->show_button));
  calf_page_fix_mnemonic_name (GTK_WIDGET (self->apply_button));
  calf_exercise_style_ensure (gtk_widget_get_display (GTK_WIDGET (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "selftest.apply", FALSE);
}

static void
setup_spin (CalfSelftestPage  *self,
            GtkSpinButton     *spin,
            const CalfFinding *finding,
            double             value)
{
  gtk_spin_button_set_range (spin, finding->min, finding->max);
  gtk_spin_button_set_digits (spin, finding->integer ? 0 : 1);
  gtk_spin_button_set_increments (spin, finding->integer ? 1 : 0.5, finding->integer ? 5 : 1);
  gtk_spin_button_set_value (spin, value);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (on_value_changed), self);
}

GtkWidget *
calf_selftest_page_new (CalfDatabase     *database,
                        CalfSelftestKind  kind,
                        CalfSide          affected,
                        double            age,
                        CalfSex           sex)
{
  CalfSelftestPage *self;
  const CalfQuestion *question;
  const char *unit;
  guint n = 0;

  g_return_val_if_fail (CALF_IS_DATABASE (database), NULL);

  question = calf_selftest_lookup_question (database, kind);
  g_return_val_if_fail (question != NULL, NULL);

  self = g_object_new (CALF_TYPE_SELFTEST_PAGE, NULL);
  self->database = g_object_ref (database);
  self->kind = kind;
  self->affected = affected;
  self->age = age;
  self->sex = sex;

  calf_illustration_set_file_name (self->illustration, question->illustration);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->illustration),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kind == CALF_SELFTEST_KNEE_TO_WALL ? _("Drawing of the knee-to-wall test")
                                                                     : _("Drawing of the single-leg heel-raise test"),
                                  -1);
  gtk_label_set_label (self->title_label,
                       kind == CALF_SELFTEST_KNEE_TO_WALL ? _("Knee-to-Wall Test") : _("Single-Leg Heel-Raise Test"));
  gtk_label_set_label (self->why_label, question->help_why);

  for (; question->help_how[n] != NULL; n++)
    add_step (self, n + 1, question->help_how[n]);
  add_step (self, n + 1, _("Do the test on both legs, the painful one and the other one, and enter both results below."));

  /* Translators: the subtitle of each leg's number field: what to type. */
  unit = kind == CALF_SELFTEST_KNEE_TO_WALL ? _("Centimetres from the big toe to the wall")
                                            /* Translators: the subtitle of each leg's number
                                             * field: how many heel raises it managed. */
                                            : _("Heel raises");
  adw_action_row_set_subtitle (self->left_row, unit);
  adw_action_row_set_subtitle (self->right_row, unit);
  /* Start from nothing measured, not from a value near the cut-off that
   * could pass for a real result. */
  setup_spin (self, self->left_spin, question->finding, question->finding->min);
  setup_spin (self, self->right_spin, question->finding, question->finding->min);

  /* Which leg is which: the painful one is marked. */
  if (affected == CALF_SIDE_LEFT)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->left_row), _("_Left Leg (Painful)"));
  else if (affected == CALF_SIDE_RIGHT)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->right_row), _("_Right Leg (Painful)"));

  return GTK_WIDGET (self);
}

CalfSelftestKind
calf_selftest_page_get_kind (CalfSelftestPage *self)
{
  g_return_val_if_fail (CALF_IS_SELFTEST_PAGE (self), CALF_SELFTEST_KNEE_TO_WALL);

  return self->kind;
}

void
calf_selftest_page_set_values (CalfSelftestPage *self,
                               double            left,
                               double            right)
{
  g_return_if_fail (CALF_IS_SELFTEST_PAGE (self));

  gtk_spin_button_set_value (self->left_spin, left);
  gtk_spin_button_set_value (self->right_spin, right);
}

const CalfSelftestResult *
calf_selftest_page_get_result (CalfSelftestPage *self)
{
  g_return_val_if_fail (CALF_IS_SELFTEST_PAGE (self), NULL);

  return self->result;
}
