/* calf-advice-notes.c
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-advice-notes"

#include "config.h"

#include <glib/gi18n.h>

#include "calf-advice-notes.h"
#include "calf-page-util.h"
#include "calf-report.h"

struct _CalfAdviceNotes
{
  GtkWidget   parent_instance;

  CalfResult *result;
  gboolean    can_answer_more;
  GtkWidget  *box;
};

G_DEFINE_FINAL_TYPE (CalfAdviceNotes, calf_advice_notes, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESULT,
  PROP_CAN_ANSWER_MORE,
  N_PROPS
};

enum {
  ANSWER_MORE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
on_answer_more_clicked (CalfAdviceNotes *self)
{
  g_signal_emit (self, signals[ANSWER_MORE], 0);
}

static void
rebuild (CalfAdviceNotes *self)
{
  GtkWidget *child;
  GPtrArray *notes;
  GArray *changes;

  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);

  if (self->result == NULL)
    return;

  notes = calf_result_get_triage_notes (self->result);
  changes = calf_result_get_changes (self->result);

  for (guint i = 0; i < notes->len; i++)
    calf_page_add_label (self->box, g_ptr_array_index (notes, i), NULL);

  if (changes->len > 0)
    {
      GtkWidget *section = calf_page_add_section (self->box, _("What Could Change This Advice"), NULL);
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

      calf_page_add_label (section, calf_report_get_label (CALF_REPORT_LABEL_COULD_CHANGE), NULL);
      for (guint i = 0; i < changes->len; i++)
        g_ptr_array_add (items, calf_result_describe_change (self->result,
                                                             &g_array_index (changes, CalfAdviceChange, i)));
      calf_page_add_bullets (section, (const char * const *) items->pdata, items->len);
    }

  if (self->can_answer_more)
    {
      GtkWidget *button = calf_page_button_new (_("_Answer More Questions"));

      calf_page_add_label (self->box,
                           _("The questions stopped because you need help now. Once help is on its way, you can "
                             "answer the rest to learn more about the possible causes; it will not lower this advice."),
                           NULL);
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_answer_more_clicked), self);
      gtk_box_append (GTK_BOX (self->box), button);
    }

  gtk_widget_set_visible (GTK_WIDGET (self), gtk_widget_get_first_child (self->box) != NULL);
}

static void
calf_advice_notes_dispose (GObject *object)
{
  CalfAdviceNotes *self = CALF_ADVICE_NOTES (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->result);

  G_OBJECT_CLASS (calf_advice_notes_parent_class)->dispose (object);
}

static void
calf_advice_notes_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CalfAdviceNotes *self = CALF_ADVICE_NOTES (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      g_value_set_object (value, self->result);
      break;
    case PROP_CAN_ANSWER_MORE:
      g_value_set_boolean (value, self->can_answer_more);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
calf_advice_notes_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CalfAdviceNotes *self = CALF_ADVICE_NOTES (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      calf_advice_notes_set_result (self, g_value_get_object (value));
      break;
    case PROP_CAN_ANSWER_MORE:
      calf_advice_notes_set_can_answer_more (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
calf_advice_notes_class_init (CalfAdviceNotesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = calf_advice_notes_dispose;
  object_class->get_property = calf_advice_notes_get_property;
  object_class->set_property = calf_advice_notes_set_property;

  properties[PROP_RESULT] =
    g_param_spec_object ("result", NULL, NULL, CALF_TYPE_RESULT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_ANSWER_MORE] =
    g_param_spec_boolean ("can-answer-more", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ANSWER_MORE] = g_signal_new ("answer-more", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "calf-advice-notes");
  /* A container: GTK 4.8 would read an unnamed "widget" by its class name. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
calf_advice_notes_init (CalfAdviceNotes *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
calf_advice_notes_new (void)
{
  return g_object_new (CALF_TYPE_ADVICE_NOTES, NULL);
}

CalfResult *
calf_advice_notes_get_result (CalfAdviceNotes *self)
{
  g_return_val_if_fail (CALF_IS_ADVICE_NOTES (self), NULL);
  return self->result;
}

void
calf_advice_notes_set_result (CalfAdviceNotes *self,
                              CalfResult      *result)
{
  g_return_if_fail (CALF_IS_ADVICE_NOTES (self));
  g_return_if_fail (result == NULL || CALF_IS_RESULT (result));

  if (!g_set_object (&self->result, result))
    return;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

gboolean
calf_advice_notes_get_can_answer_more (CalfAdviceNotes *self)
{
  g_return_val_if_fail (CALF_IS_ADVICE_NOTES (self), FALSE);
  return self->can_answer_more;
}

void
calf_advice_notes_set_can_answer_more (CalfAdviceNotes *self,
                                       gboolean         can_answer_more)
{
  g_return_if_fail (CALF_IS_ADVICE_NOTES (self));

  can_answer_more = !!can_answer_more;
  if (self->can_answer_more == can_answer_more)
    return;
  self->can_answer_more = can_answer_more;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_ANSWER_MORE]);
}
