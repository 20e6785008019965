/* calf-application.h
 *
 * SPDX-FileCopyrightText: 2026 The Calf Check authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "calf-database.h"

G_BEGIN_DECLS

#define CALF_TYPE_APPLICATION (calf_application_get_type ())

G_DECLARE_FINAL_TYPE (CalfApplication, calf_application, CALF, APPLICATION, AdwApplication)

CalfApplication *calf_application_new (const char        *application_id,
                                       GApplicationFlags  flags);

void          calf_application_set_database_path  (CalfApplication *self,
                                                   const char      *path);
CalfDatabase *calf_application_get_database       (CalfApplication *self);
const GError *calf_application_get_database_error (CalfApplication *self);

G_END_DECLS
