// codeless-blocks: the package's front door (install, userBlocks, toolboxCategory, workspaceToProgram).
export {};
