import LabCommands

LabMain.main()
