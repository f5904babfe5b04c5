// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "commandline.h"

int main(int argc, char *argv[])
{
    return CommandLine::runHeadless(argc, argv);
}
