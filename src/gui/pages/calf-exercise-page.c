/* calf-exercise-page.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-exercise-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "calf-exercise-page.h"
#include "calf-illustration.h"
#include "calf-page-util.h"
#include "calf-result.h"
#include "calf-session-page.h"

struct _CalfExercisePage
{
  AdwBin              parent_instance;

  CalfDatabase       *database;
  const CalfExercise *exercise;

  /* Template widgets */
  CalfIllustration   *illustration;
  GtkLabel           *name_label;
  GtkLabel           *purpose_label;
  GtkButton          *start_button;
  GtkBox             *steps_box;
  GtkLabel           *dose_label;
  GtkLabel           *dose_note_label;
  GtkLabel           *feel_label;
  GtkLabel           *stop_label;
  GtkLabel           *pain_rule_label;
  GtkBox             *cautions_box;
};

G_DEFINE_FINAL_TYPE (CalfExercisePage, calf_exercise_page, ADW_TYPE_BIN)

enum {
  START_SESSION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
start_session_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  g_signal_emit (widget, signals[START_SESSION], 0);
}

/* "1" in a circle-ish badge beside the wrapped step. */
static void
add_step (CalfExercisePage *self,
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
  /* Read as "Step 1: …" rather than a bare number. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (badge),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, number_text,
                                  -1);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);

  gtk_box_append (GTK_BOX (row), badge);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (self->steps_box, row);
}

static void
calf_exercise_page_fill (CalfExercisePage *self)
{
  const CalfExercise *exercise = self->exercise;
  CalfDose dose_without_note = exercise->dose;
  g_autofree char *dose = NULL;
  guint n_cautions;

  calf_illustration_set_file_name (self->illustration, exercise->illustration);
  {
    /* Translators: the name of an exercise's drawing for screen readers. */
    g_autofree char *drawing = g_strdup_printf (_("Drawing: %s"), exercise->name);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->illustration),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, drawing, -1);
  }
  gtk_label_set_label (self->name_label, exercise->name);
  gtk_label_set_label (self->purpose_label, exercise->purpose);

  for (guint i = 0; exercise->steps[i] != NULL; i++)
    add_step (self, i + 1, exercise->steps[i]);

  /* The note says the same in words: shown on its own line. */
  dose_without_note.note = NULL;
  dose = calf_dose_to_string (&dose_without_note, exercise->kind);
  gtk_label_set_label (self->dose_label, dose);
  gtk_label_set_label (self->dose_note_label,
                       exercise->dose.note != NULL ? exercise->dose.note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->dose_note_label), exercise->dose.note != NULL);

  gtk_label_set_label (self->feel_label, exercise->feel);
  gtk_label_set_label (self->stop_label, exercise->stop_if);
  /* Loading exercises follow the pain-monitoring rule (unless their own
   * words give it already); a stretch should not hurt at all, so for the
   * others only the next-morning check applies. */
  if (g_strcmp0 (exercise->kind, "strength") == 0)
    gtk_label_set_label (self->pain_rule_label,
                         _("Pain during the exercise of up to 5 on a scale of 0 to 10 is acceptable, as long as it has settled by the next morning. If it is worse than that, or still worse the next morning, do less next time; if that keeps happening, stop and ask a physiotherapist or doctor."));
  else
    gtk_label_set_label (self->pain_rule_label,
                         _("If the pain is worse the next morning than before you started, do less next time; if that keeps happening, stop and ask a physiotherapist or doctor."));
  gtk_widget_set_visible (GTK_WIDGET (self->pain_rule_label),
                          g_strcmp0 (exercise->kind, "strength") != 0 ||
                          strstr (exercise->stop_if, "5 out of 10") == NULL);

  n_cautions = exercise->cautions != NULL ? g_strv_length (exercise->cautions) : 0;
  /* The bullets are translated there. */
  calf_page_add_bullets (GTK_WIDGET (self->cautions_box), (const char * const *) exercise->cautions, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->cautions_box), n_cautions > 0);
}

static void
calf_exercise_page_dispose (GObject *object)
{
  CalfExercisePage *self = CALF_EXERCISE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CALF_TYPE_EXERCISE_PAGE);

  G_OBJECT_CLASS (calf_exercise_page_parent_class)->dispose (object);
}

static void
calf_exercise_page_finalize (GObject *object)
{
  CalfExercisePage *self = CALF_EXERCISE_PAGE (object);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (calf_exercise_page_parent_class)->finalize (object);
}

static void
calf_exercise_page_class_init (CalfExercisePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = calf_exercise_page_dispose;
  object_class->finalize = calf_exercise_page_finalize;

  /* The Start button: the window shows a guided session. */
  signals[START_SESSION] =
    g_signal_new ("start-session", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (CALF_TYPE_ILLUSTRATION);

  gtk_widget_class_set_template_from_resource (widget_class, APPLICATION_RESOURCE_PATH "/calf-exercise-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CalfExercisePage, illustration);
  gtk_widget_class_bind_template_child (widget_class, CalfExercisePage, name_label);
  gtk_widget_class_bind_template_child (widget_class, CalfExercisePage, purpose_label);
  gtk_widget_class_bind_template_child (widget_class, CalfExercisePage, start_button);
  gtk_widget_class_bind_template_child (widget_class, CalfExercisePage, steps_box);
  gtk_widget_class_bind_template_child (widget_class, CalfExercisePage, dose_label);
  gtk_widget_class_bind_template_child (widget_class, CalfExercisePage, dose_note_label);
  gtk_widget_class_bind_template_child (widget_class, CalfExercisePage, feel_label);
  gtk_widget_class_bind_template_child (widget_class, CalfExercisePage, stop_label);
  gtk_widget_class_bind_template_child (widget_class, CalfExercisePage, pain_rule_label);
  gtk_widget_class_bind_template_child (widget_class, CalfExercisePage, cautions_box);

  gtk_widget_class_install_action (widget_class, "exercise.start-session", NULL, start_session_action);
}

static void
calf_exercise_page_init (CalfExercisePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  calf_page_fix_mnemonic_name (GTK_WIDGET (self->start_button));
  calf_exercise_style_ensure (gtk_widget_get_display (GTK_WIDGET (self)));
}

/**
 * calf_exercise_page_new:
 * @database: the database @exercise belongs to (kept alive by the page)
 * @exercise: the exercise to show
 */
GtkWidget *
calf_exercise_page_new (CalfDatabase       *database,
                        const CalfExercise *exercise)
{
  CalfExercisePage *self;

  g_return_val_if_fail (CALF_IS_DATABASE (database), NULL);
  g_return_val_if_fail (exercise != NULL, NULL);

  self = g_object_new (CALF_TYPE_EXERCISE_PAGE, NULL);
  self->database = g_object_ref (database);
  self->exercise = exercise;
  calf_exercise_page_fill (self);

  return GTK_WIDGET (self);
}

const CalfExercise *
calf_exercise_page_get_exercise (CalfExercisePage *self)
{
  g_return_val_if_fail (CALF_IS_EXERCISE_PAGE (self), NULL);

  return self->exercise;
}
