/* calf-alert.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* An alert: a heading, a body and responses, with a "response" signal
 * (alert, const char *response). AdwAlertDialog where libadwaita has it
 * (1.5: adaptive, a bottom sheet on a phone), AdwMessageDialog before. */

GtkWidget  *calf_alert_new               (const char            *heading,
                                          const char            *body);
void        calf_alert_add_response      (GtkWidget             *alert,
                                          const char            *id,
                                          const char            *label,
                                          AdwResponseAppearance  appearance);
void        calf_alert_set_responses     (GtkWidget             *alert,
                                          const char            *default_id,
                                          const char            *close_id);
void        calf_alert_set_extra_child   (GtkWidget             *alert,
                                          GtkWidget             *child);
void        calf_alert_present           (GtkWidget             *alert,
                                          GtkWidget             *parent);
void        calf_alert_close             (GtkWidget             *alert);
void        calf_alert_focus_after       (GtkWidget             *alert,
                                          GtkWidget             *widget);
gboolean    calf_alert_is_alert          (GtkWidget             *widget);
const char *calf_alert_get_heading       (GtkWidget             *alert);
const char *calf_alert_get_body          (GtkWidget             *alert);
void        calf_alert_respond           (GtkWidget             *alert,
                                          const char            *id);

G_END_DECLS
