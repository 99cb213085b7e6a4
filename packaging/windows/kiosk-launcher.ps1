# Pavilion Kiosk launcher for Windows booth PCs: starts the kiosk, and starts it again whenever it
# exits (a crash, an error loop, the nightly restart, staff choosing "Quit") or stops answering.
#
# "Stops answering": the kiosk rewrites KIOSK_ALIVE_FILE every 10 s from its Qt event loop (the
# same timer that pings systemd's watchdog on Linux). If the file is older than -HungAfter
# seconds, or Windows reports the window as not responding for that long, the UI is hung: the
# launcher ends the process and starts a fresh one. Every start, exit and kill is written to
# <data>\logs\launcher.log. Only one launcher runs per session (a named mutex).
#
# Administrators are left alone: the all-users Startup entry also runs when an administrator
# signs in for maintenance, and they get their desktop, not the kiosk (-ForAdministrators to
# test the launcher from an administrator's account). While the installer replaces the program
# (it writes <data>\run\installing), the launcher waits instead of starting a half-copied
# kiosk. A kiosk that exits because another one already runs on the data folder (status 6: the
# kiosk account's session has it) is retried once a minute, not every few seconds.
#
# Started at logon by the installer's "Start the kiosk automatically" task, or set as the kiosk
# user's shell with Shell Launcher v2 (packaging/README.md):
#   powershell.exe -NoProfile -ExecutionPolicy Bypass -WindowStyle Hidden -File "C:\Program Files\Pavilion Kiosk\kiosk-launcher.ps1"
param(
    [int]$HungAfter = 60,      # seconds without a sign of life before the kiosk is restarted
    [int]$StartGrace = 120,    # a starting kiosk (migrations, content) gets this long first
    [int]$RestartDelay = 3,    # seconds between an exit and the next start
    [switch]$ForAdministrators # run even when the signed-in user is an administrator
)

$ErrorActionPreference = "Stop"
$app = Split-Path -Parent $MyInvocation.MyCommand.Path
$exe = Join-Path $app "kiosk-window.exe"
$data = if ($env:KIOSK_DATA_DIR) { $env:KIOSK_DATA_DIR } else { Join-Path $env:ProgramData "PavilionKiosk\PavilionKiosk" }
$alive = Join-Path $data "run\alive"
$installing = Join-Path $data "run\installing"
$alreadyRunning = 6            # the kiosk's exit status when another kiosk has the data folder
$installWait = 900             # an "installing" mark older than this is a setup that died
$log = Join-Path $data "logs\launcher.log"
New-Item -ItemType Directory -Force -Path (Split-Path $alive), (Split-Path $log) | Out-Null

function Write-Log([string]$message) {
    $line = "{0:yyyy-MM-dd HH:mm:ss} {1}" -f (Get-Date), $message
    Add-Content -Path $log -Value $line -Encoding UTF8
}

# Members of Administrators (S-1-5-32-544), elevated or not: whoami lists the group either way.
if (-not $ForAdministrators -and ((whoami /groups) -match "S-1-5-32-544")) { exit 0 }

$mutex = New-Object System.Threading.Mutex($false, "Local\PavilionKioskLauncher")
if (-not $mutex.WaitOne(0)) { exit 0 }  # a launcher already runs in this session

function Wait-ForInstaller {
    $logged = $false
    while ((Test-Path $installing) -and
           ([DateTime]::UtcNow - (Get-Item $installing).LastWriteTimeUtc).TotalSeconds -lt $installWait) {
        if (-not $logged) { Write-Log "the installer is replacing the program; waiting"; $logged = $true }
        Start-Sleep -Seconds 2
    }
    while (-not (Test-Path $exe)) { Start-Sleep -Seconds 2 }
}

$env:KIOSK_ALIVE_FILE = $alive
while ($true) {
    Wait-ForInstaller
    Remove-Item -Force -ErrorAction SilentlyContinue $alive
    $started = [DateTime]::UtcNow
    $kiosk = Start-Process -FilePath $exe -ArgumentList "run" -WorkingDirectory $app -PassThru
    Write-Log "started the kiosk (pid $($kiosk.Id))"
    $notResponding = $null
    while (-not $kiosk.HasExited) {
        Start-Sleep -Seconds 5
        $kiosk.Refresh()
        if ($kiosk.HasExited) { break }
        $now = [DateTime]::UtcNow   # UTC: a change to or from summer time is no hang
        $age = if (Test-Path $alive) { ($now - (Get-Item $alive).LastWriteTimeUtc).TotalSeconds }
               else { ($now - $started).TotalSeconds - $StartGrace + $HungAfter }
        if (-not $kiosk.Responding) {
            if (-not $notResponding) { $notResponding = $now }
        } else { $notResponding = $null }
        $frozen = $notResponding -and ($now - $notResponding).TotalSeconds -gt $HungAfter
        if ($age -gt $HungAfter -or $frozen) {
            Write-Log "the kiosk stopped answering (no sign of life for $([int]$age) s); ending it"
            Stop-Process -Id $kiosk.Id -Force -ErrorAction SilentlyContinue
            break
        }
    }
    $kiosk.WaitForExit()
    $delay = if ($kiosk.ExitCode -eq $alreadyRunning) { 60 } else { $RestartDelay }
    Write-Log "the kiosk exited (status $($kiosk.ExitCode)); starting it again in $delay s"
    Start-Sleep -Seconds $delay
}
