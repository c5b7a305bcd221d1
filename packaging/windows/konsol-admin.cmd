@echo off
rem "Berjasa - Konsol Admin": a console with berjasa-admin on the PATH.
title Berjasa - Konsol Admin
set "PATH=%~dp0;%PATH%"
cd /d "%USERPROFILE%"
berjasa-admin --version
echo.
berjasa-admin --help
echo.
echo Bantuan tiap perintah: berjasa-admin PERINTAH --help   (contoh: berjasa-admin user --help)
