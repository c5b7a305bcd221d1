<#
.SYNOPSIS
  Builds the Berjasa installer on a Windows machine: dist\installer\berjasa-setup-<versi>.exe

.DESCRIPTION
  1. creates .venv with Python 3.11 (py launcher) and installs the project with its
     `build` extra (PyInstaller) — scripts\build_frozen.py does this;
  2. freezes both programs with packaging\berjasa.spec into dist\berjasa\;
  3. checks that the frozen berjasa-admin starts (--version);
  4. compiles packaging\windows\berjasa.iss with Inno Setup 6 (ISCC.exe).

  Run from anywhere:  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
  Options: -Python "C:\Python311\python.exe"   -Iscc "D:\Tools\Inno Setup 6\ISCC.exe"
           -SkipInstaller  (only the frozen folder)
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [string]$Iscc = "",
    [switch]$SkipInstaller
)

$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Step($text) { Write-Host "`n==> $text" -ForegroundColor Cyan }

function Find-Python {
    if ($Python) { return @($Python) }
    if (Get-Command py -ErrorAction SilentlyContinue) { return @("py", "-3.11") }
    if (Get-Command python -ErrorAction SilentlyContinue) { return @("python") }
    throw "Python 3.11 (64-bit) tidak ditemukan. Pasang dari https://www.python.org/downloads/windows/ lalu ulangi."
}

function Find-Iscc {
    if ($Iscc) { return $Iscc }
    $found = Get-Command iscc -ErrorAction SilentlyContinue
    if ($found) { return $found.Source }
    foreach ($dir in @(${env:ProgramFiles(x86)}, $env:ProgramFiles, "$env:LOCALAPPDATA\Programs")) {
        if (-not $dir) { continue }
        $candidate = Join-Path $dir "Inno Setup 6\ISCC.exe"
        if (Test-Path $candidate) { return $candidate }
    }
    throw "Inno Setup 6 (ISCC.exe) tidak ditemukan. Pasang dari https://jrsoftware.org/isdl.php atau: choco install innosetup"
}

function Invoke-Checked([string[]]$command) {
    $rest = @()
    if ($command.Length -gt 1) { $rest = $command[1..($command.Length - 1)] }
    & $command[0] @rest
    if ($LASTEXITCODE -ne 0) { throw "Gagal (status $LASTEXITCODE): $($command -join ' ')" }
}

Step "Python"
$py = Find-Python
Invoke-Checked ($py + @("-c", "import struct, sys; assert sys.version_info[:2] >= (3, 11), sys.version; assert struct.calcsize('P') == 8, 'Python 64-bit diperlukan'; print(sys.version)"))

Step "Build beku (PyInstaller) -> dist\berjasa"
Invoke-Checked ($py + @("scripts\build_frozen.py", "--dist", "dist", "--work", "build\pyinstaller"))

Step "Uji cepat: berjasa-admin --version"
$admin = Join-Path $Root "dist\berjasa\berjasa-admin.exe"
Invoke-Checked @($admin, "--version")

if ($SkipInstaller) { Write-Host "`nSelesai (tanpa penginstal): $Root\dist\berjasa"; exit 0 }

Step "Penginstal (Inno Setup)"
$version = (& ".venv\Scripts\python.exe" -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])").Trim()
$iscc = Find-Iscc
Invoke-Checked @($iscc, "/Qp", "/DAppVersion=$version", "/DSourceDir=$Root\dist\berjasa",
                 "/DOutputDir=$Root\dist\installer", "packaging\windows\berjasa.iss")

$setup = Join-Path $Root "dist\installer\berjasa-setup-$version.exe"
$sizeMb = [math]::Round((Get-Item $setup).Length / 1MB, 1)
Write-Host "`nPenginstal siap: $setup ($sizeMb MB)" -ForegroundColor Green
