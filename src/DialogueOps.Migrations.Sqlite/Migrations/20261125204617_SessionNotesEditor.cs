using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DialogueOps.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SessionNotesEditor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "LastEditedAt",
                table: "SessionOutcomes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastEditedBy",
                table: "SessionOutcomes",
                type: "TEXT",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastEditedAt",
                table: "SessionOutcomes");

            migrationBuilder.DropColumn(
                name: "LastEditedBy",
                table: "SessionOutcomes");
        }
    }
}
