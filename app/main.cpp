// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "application.h"
#include "commandline.h"

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Parsed once here to choose the front end; an option error is headless too, so it never needs a display.
    const CommandLine::Options options = CommandLine::parse(arguments);
    if (options.isHeadless())
        return CommandLine::runHeadless(argc, argv); // parsed again, now with translations
    return Application::run(
        argc, argv,
        {options.catalogFiles, options.files, options.exitAfterStartup, options.newWindow, options.instanceName});
}
