using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DialogueOps.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AnnouncementsAndPersonLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SessionRoles_SessionId_ParticipantId_Role",
                table: "SessionRoles");

            migrationBuilder.AlterColumn<int>(
                name: "ParticipantId",
                table: "SessionRoles",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AddColumn<string>(
                name: "GuestAffiliation",
                table: "SessionRoles",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GuestCountry",
                table: "SessionRoles",
                type: "nchar(2)",
                fixedLength: true,
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GuestName",
                table: "SessionRoles",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GuestPosition",
                table: "SessionRoles",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Announcements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EventId = table.Column<int>(type: "int", nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    LocalSubject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    LocalBody = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    Audience = table.Column<int>(type: "int", nullable: false),
                    AudienceValue = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    AudienceDescription = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    CreatedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SendAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecipientCount = table.Column<int>(type: "int", nullable: false),
                    CancelledAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Announcements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Announcements_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SessionRoles_SessionId_ParticipantId_Role",
                table: "SessionRoles",
                columns: new[] { "SessionId", "ParticipantId", "Role" },
                unique: true,
                filter: "[ParticipantId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_EventId_CreatedAt",
                table: "Announcements",
                columns: new[] { "EventId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Announcements");

            migrationBuilder.DropIndex(
                name: "IX_SessionRoles_SessionId_ParticipantId_Role",
                table: "SessionRoles");

            migrationBuilder.DropColumn(
                name: "GuestAffiliation",
                table: "SessionRoles");

            migrationBuilder.DropColumn(
                name: "GuestCountry",
                table: "SessionRoles");

            migrationBuilder.DropColumn(
                name: "GuestName",
                table: "SessionRoles");

            migrationBuilder.DropColumn(
                name: "GuestPosition",
                table: "SessionRoles");

            migrationBuilder.AlterColumn<int>(
                name: "ParticipantId",
                table: "SessionRoles",
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionRoles_SessionId_ParticipantId_Role",
                table: "SessionRoles",
                columns: new[] { "SessionId", "ParticipantId", "Role" },
                unique: true);
        }
    }
}
