/* test-rows.c: CalfRow and CalfExpanderRow, the list rows of the pages.
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calf-test-rows"

#include "config.h"

#include <adwaita.h>

#include "calf-expander-row.h"
#include "calf-row.h"
#include "calf-test-utils.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
count_activated (GtkWidget *row,
                 guint     *count)
{
  (*count)++;
}

/* A list in a window of @width, shown and laid out. */
static GtkWidget *
list_in_window (int         width,
                GtkWidget **window)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  *window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (*window), width, 400);
  gtk_window_set_child (GTK_WINDOW (*window), list);
  gtk_window_present (GTK_WINDOW (*window));
  return list;
}

static void
wait_for_layout (GtkWidget *widget)
{
  for (guint i = 0; i < 50 && gtk_widget_get_width (widget) == 0; i++)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
test_row_properties (void)
{
  GtkWidget *row = g_object_ref_sink (calf_row_new ("Behind the knee", NULL));
  guint title_notes = 0, subtitle_notes = 0, opens_notes = 0;

  g_assert_cmpstr (calf_row_get_title (CALF_ROW (row)), ==, "Behind the knee");
  g_assert_cmpstr (calf_row_get_subtitle (CALF_ROW (row)), ==, "");
  g_assert_false (calf_row_get_opens_page (CALF_ROW (row)));
  /* Like AdwActionRow: a row is activatable only when it does something. */
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));

  g_signal_connect (row, "notify::title", G_CALLBACK (count_notify), &title_notes);
  g_signal_connect (row, "notify::subtitle", G_CALLBACK (count_notify), &subtitle_notes);
  g_signal_connect (row, "notify::opens-page", G_CALLBACK (count_notify), &opens_notes);

  calf_row_set_title (CALF_ROW (row), "Behind the knee");
  g_assert_cmpuint (title_notes, ==, 0);
  calf_row_set_title (CALF_ROW (row), "Kniekehle");
  g_assert_cmpuint (title_notes, ==, 1);
  g_assert_cmpstr (calf_row_get_title (CALF_ROW (row)), ==, "Kniekehle");

  calf_row_set_subtitle (CALF_ROW (row), "Yes");
  calf_row_set_subtitle (CALF_ROW (row), "Yes");
  g_assert_cmpuint (subtitle_notes, ==, 1);
  g_assert_true (gtk_widget_get_visible (calf_test_find_label (row, "Yes")));
  calf_row_set_subtitle (CALF_ROW (row), NULL);
  g_assert_cmpuint (subtitle_notes, ==, 2);
  g_assert_cmpstr (calf_row_get_subtitle (CALF_ROW (row)), ==, "");

  calf_row_set_opens_page (CALF_ROW (row), TRUE);
  calf_row_set_opens_page (CALF_ROW (row), TRUE);
  g_assert_cmpuint (opens_notes, ==, 1);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_true (gtk_widget_get_visible (calf_row_get_arrow (CALF_ROW (row))));
  calf_row_set_opens_page (CALF_ROW (row), FALSE);
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_false (gtk_widget_get_visible (calf_row_get_arrow (CALF_ROW (row))));

  g_object_unref (row);
}

static void
test_row_accessible (void)
{
  GtkWidget *row = g_object_ref_sink (calf_row_new ("Achilles tendon", "Strong match"));

  /* A list item read as its title, described by its subtitle; the arrow
   * is decoration. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_ROLE_LIST_ITEM);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       calf_test_find_label (row, "Achilles tendon"), NULL);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                       calf_test_find_label (row, "Strong match"), NULL);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (calf_row_get_arrow (CALF_ROW (row))),
                                   GTK_ACCESSIBLE_ROLE_PRESENTATION);
  g_object_unref (row);
}

static void
test_row_activated (void)
{
  GtkWidget *window;
  GtkWidget *list = list_in_window (400, &window);
  GtkWidget *first = calf_row_new ("First", NULL);
  GtkWidget *second = calf_row_new ("Second", NULL);
  guint first_count = 0, second_count = 0;

  calf_row_set_opens_page (CALF_ROW (first), TRUE);
  calf_row_set_opens_page (CALF_ROW (second), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), first);
  gtk_list_box_append (GTK_LIST_BOX (list), second);
  g_signal_connect (first, "activated", G_CALLBACK (count_activated), &first_count);
  g_signal_connect (second, "activated", G_CALLBACK (count_activated), &second_count);

  gtk_widget_activate (second);
  g_assert_cmpuint (first_count, ==, 0);
  g_assert_cmpuint (second_count, ==, 1);

  /* Moved to another list, it follows that list only. */
  g_object_ref (second);
  gtk_list_box_remove (GTK_LIST_BOX (list), second);
  gtk_widget_activate (first);
  g_assert_cmpuint (first_count, ==, 1);
  g_assert_cmpuint (second_count, ==, 1);
  g_object_unref (second);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Wrapped titles wrap: narrower rows grow taller, and nothing is cut. */
static void
test_row_wraps (void)
{
  const char *title = "Trapped or irritated nerve in the lower back (including sciatica) with a long name";
  int heights[2];
  int widths[] = { 200, 900 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      GtkWidget *window;
      GtkWidget *list = list_in_window (widths[i], &window);
      GtkWidget *row = calf_row_new (title, "Less likely match");
      GtkWidget *label;
      int label_min;

      calf_row_set_opens_page (CALF_ROW (row), TRUE);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      wait_for_layout (row);

      label = calf_test_find_label (row, title);
      gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (label), &label_min, NULL, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_height (label), >=, label_min);
      g_assert_cmpint (gtk_widget_get_width (row), <=, widths[i]);
      heights[i] = gtk_widget_get_height (row);
      gtk_window_destroy (GTK_WINDOW (window));
    }

  g_assert_cmpint (heights[0], >, heights[1]);
}

static void
test_expander (void)
{
  GtkWidget *window;
  GtkWidget *list = list_in_window (400, &window);
  GtkWidget *expander = calf_expander_row_new ("Achilles tendinopathy", "Strong match");
  GtkWidget *detail = calf_row_new ("Points Towards It", "• Pain at the back of the heel");
  GtkWidget *header;
  guint notes = 0;

  gtk_list_box_append (GTK_LIST_BOX (list), expander);
  calf_expander_row_add_row (CALF_EXPANDER_ROW (expander), detail);
  g_signal_connect (expander, "notify::expanded", G_CALLBACK (count_notify), &notes);
  wait_for_layout (expander);

  g_assert_cmpstr (calf_expander_row_get_title (CALF_EXPANDER_ROW (expander)), ==, "Achilles tendinopathy");
  g_assert_false (calf_expander_row_get_expanded (CALF_EXPANDER_ROW (expander)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Achilles tendinopathy");

  /* The header is the row that takes the focus and the activation. */
  header = gtk_widget_get_ancestor (calf_test_find_label (expander, "Achilles tendinopathy"), CALF_TYPE_ROW);
  g_assert_nonnull (header);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (header)));
  g_assert_false (gtk_widget_get_focusable (expander));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_STATE_EXPANDED, FALSE);

  gtk_widget_activate (header);
  g_assert_true (calf_expander_row_get_expanded (CALF_EXPANDER_ROW (expander)));
  g_assert_cmpuint (notes, ==, 1);
  g_assert_true (gtk_widget_get_state_flags (expander) & GTK_STATE_FLAG_CHECKED);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_STATE_EXPANDED, TRUE);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_ancestor (detail, GTK_TYPE_REVEALER))));

  calf_expander_row_set_expanded (CALF_EXPANDER_ROW (expander), TRUE);
  g_assert_cmpuint (notes, ==, 1);
  gtk_widget_activate (header);
  g_assert_false (calf_expander_row_get_expanded (CALF_EXPANDER_ROW (expander)));
  g_assert_cmpuint (notes, ==, 2);
  g_assert_false (gtk_widget_get_state_flags (expander) & GTK_STATE_FLAG_CHECKED);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_STATE_EXPANDED, FALSE);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's in-process test backend keeps the accessible roles, states and
   * relations the checks read. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/rows/row/properties", test_row_properties);
  g_test_add_func ("/rows/row/accessible", test_row_accessible);
  g_test_add_func ("/rows/row/activated", test_row_activated);
  g_test_add_func ("/rows/row/wraps", test_row_wraps);
  g_test_add_func ("/rows/expander", test_expander);

  return g_test_run ();
}
